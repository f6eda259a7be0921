import { describe, expect, it } from 'vitest'
import { makeI18n } from '@/i18n'
import type { MonthlyReport } from '@/stores/dashboard'
import { lastMonths, monthlyReport } from './monthlyReport'

const figures = {
  month: '2026-10',
  asOf: '2026-10-31',
  sales: {
    months: [{ month: '2026-10', signed: 12_000_010, received: 1_000_000 }],
    signedYear: 12_000_010,
    receivedYear: 1_000_000,
    forecastThisQuarter: 0,
    winRate: -1,
    avgCycleDays: 12,
    receivables: { outstandingCny: 11_000_010, overdueCny: 2_000_000, byAge: { current: 9_000_010, '1_30': 2_000_000, '31_90': 0, over_90: 0 } },
  },
  delivery: { releasedThisMonth: 3, medianLeadDaysThisMonth: 10, medianLeadDays: 20, goLivesThisMonth: 1, inProgressTotal: 2 },
  service: {
    openByPriority: [
      { priority: 'P1', open: 2, breached: 1 },
      { priority: 'P2', open: 3, breached: 0 },
    ],
    firstResponse: { thisMonth: { percent: 90 } },
    resolution: { thisMonth: { percent: -1 } },
    medianFirstResponseMinutes: 150,
    medianResolutionMinutes: -1,
    satisfaction: [{ month: '2026-10', responses: 4, avgScore: 4.5, nps: 25, npsResponses: 4 }],
  },
} as unknown as MonthlyReport

describe('monthlyReport', () => {
  it('names and formats every figure in the reader’s language, with the numbers for the workbook', () => {
    const t = makeI18n('zh-CN').global.t as never
    const r = monthlyReport(figures, t, 'zh-CN')
    expect(r.title).toBe('经营月报 2026-10')
    expect(r.sections.map((s) => s.title)).toEqual(['销售与回款', '应收账款', '交付', '售后服务'])
    const row = (label: string) => r.sections.flatMap((s) => s.rows).find((x) => x.label === label)!
    expect(row('本月签约')).toEqual({ label: '本月签约', text: '¥120,000.10', number: 120000.1 })
    expect(row('赢单率（近12个月）')).toEqual({ label: '赢单率（近12个月）', text: '—', number: null })
    expect(row('逾期 1–30 天')).toMatchObject({ text: '¥20,000.00', number: 20000 })
    expect(row('未完成工单').number).toBe(5)
    expect(row('已超时工单').number).toBe(1)
    expect(row('首次响应用时（近30天中位数）')).toMatchObject({ text: '2 小时 30 分钟', number: 150 })
    expect(row('解决达标率').text).toBe('—')
    expect(row('NPS')).toMatchObject({ text: '25', number: 25 })
    expect(JSON.stringify(r)).not.toMatch(/report\.|undefined|NaN/)
  })

  it('words the report in English too', () => {
    const t = makeI18n('en').global.t as never
    const r = monthlyReport(figures, t, 'en')
    expect(r.title).toBe('Monthly report 2026-10')
    expect(r.columns).toEqual(['Part', 'Figure', 'Value'])
    expect(JSON.stringify(r)).not.toMatch(/report\.|undefined|NaN/)
  })
})

describe('lastMonths', () => {
  it('counts back across the new year', () => {
    expect(lastMonths('2026-02-10', 4)).toEqual(['2026-02', '2026-01', '2025-12', '2025-11'])
  })
})
