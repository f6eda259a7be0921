import type { MonthlyReport } from '@/stores/dashboard'
import { formatMinutes } from './duration'
import { amountText } from './money'

// The monthly report (月报) in the reader's words: its four parts, each a list of figures with
// their value as shown and, for the workbook, the number behind it. The figures are the backend's
// (Dashboard.Monthly); this only names and formats them.

export interface ReportRow {
  label: string
  text: string
  number: number | null
}
export interface ReportSection {
  title: string
  rows: ReportRow[]
}
export interface Report {
  lang: string
  title: string
  subtitle: string
  columns: [string, string, string]
  sections: ReportSection[]
}

type T = (key: string, params?: Record<string, unknown>) => string

/** The report of m, in t's words; amounts in CNY with two decimals, exactly. */
export function monthlyReport(m: MonthlyReport, t: T, lang: string): Report {
  const k = (key: string) => t(`report.${key}`)
  const money = (label: string, hundredths: number): ReportRow => ({ label: k(label), text: `¥${amountText(hundredths)}`, number: hundredths / 100 })
  const count = (label: string, n: number): ReportRow => ({ label: k(label), text: String(n), number: n })
  const percent = (label: string, p: number): ReportRow => ({ label: k(label), text: p < 0 ? '—' : `${p}%`, number: p < 0 ? null : p })
  const days = (label: string, n: number): ReportRow => ({ label: k(label), text: n < 0 ? '—' : t('dashboard.days', { n }), number: n < 0 ? null : n })
  const minutes = (label: string, n: number): ReportRow => ({
    label: k(label),
    text: n < 0 ? '—' : formatMinutes(n, (w, p) => t(`serviceLevels.duration.${w}`, p)),
    number: n < 0 ? null : n,
  })
  const s = m.sales
  const month = s.months[s.months.length - 1]
  const r = s.receivables
  const d = m.delivery
  const v = m.service
  const sat = v.satisfaction[v.satisfaction.length - 1]
  const open = v.openByPriority.reduce((n, p) => n + p.open, 0)
  const breached = v.openByPriority.reduce((n, p) => n + p.breached, 0)
  return {
    lang,
    title: t('report.title', { month: m.month }),
    subtitle: t('report.asOf', { date: m.asOf }),
    columns: [k('columns.section'), k('columns.figure'), k('columns.value')],
    sections: [
      {
        title: k('sales'),
        rows: [
          money('signedMonth', month?.signed ?? 0),
          money('receivedMonth', month?.received ?? 0),
          money('signedYear', s.signedYear),
          money('receivedYear', s.receivedYear),
          money('forecast', s.forecastThisQuarter),
          percent('winRate', s.winRate),
          days('cycle', s.avgCycleDays),
        ],
      },
      {
        title: k('receivables'),
        rows: [
          money('outstanding', r.outstandingCny),
          money('overdue', r.overdueCny),
          ...(['1_30', '31_90', 'over_90'] as const).map((a) => ({ ...money('overdue', r.byAge[a] ?? 0), label: t(`receivables.ages.${a}`) })),
        ],
      },
      {
        title: k('delivery'),
        rows: [
          count('released', d.releasedThisMonth),
          days('leadTimeMonth', d.medianLeadDaysThisMonth),
          days('leadTimeYear', d.medianLeadDays),
          count('goLives', d.goLivesThisMonth),
          count('inProgress', d.inProgressTotal),
        ],
      },
      {
        title: k('service'),
        rows: [
          count('openTickets', open),
          count('breached', breached),
          percent('firstResponse', v.firstResponse.thisMonth.percent),
          percent('resolution', v.resolution.thisMonth.percent),
          minutes('medianFirstResponse', v.medianFirstResponseMinutes),
          minutes('medianResolution', v.medianResolutionMinutes),
          count('callbacks', sat?.responses ?? 0),
          { label: k('score'), text: sat && sat.avgScore > 0 ? sat.avgScore.toFixed(1) : '—', number: sat && sat.avgScore > 0 ? sat.avgScore : null },
          { label: 'NPS', text: sat && sat.npsResponses > 0 ? String(sat.nps) : '—', number: sat && sat.npsResponses > 0 ? sat.nps : null },
        ],
      },
    ],
  }
}

/** The last twelve months, this one first (YYYY-MM), for the month picker. */
export function lastMonths(today: string, n = 12): string[] {
  const [y, m] = today.split('-').map(Number)
  return Array.from({ length: n }, (_, i) => {
    const at = new Date(Date.UTC(y, m - 1 - i, 1))
    return `${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, '0')}`
  })
}
