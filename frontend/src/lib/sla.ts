// SLA clocks as people read them: how long until (or since) a due time, and the colour of a
// clock's state. The backend works the clocks out; this only words them.
import { isZeroTime } from './format'

type TagType = 'default' | 'info' | 'success' | 'warning' | 'error'

/** A queue row's SLA standing as of now: the backend's summary plus the clock's own time. */
export type DueState = 'breached' | 'at_risk' | 'running' | 'paused' | 'none' | 'done'

export interface SLASummaryLike {
  due: string
  atRiskAt: string
  breached: boolean
  paused: boolean
}

export function dueState(status: string, sla: SLASummaryLike, now: Date): DueState {
  if (status === 'resolved' || status === 'closed') return 'done'
  const due = isZeroTime(sla.due) ? null : new Date(sla.due)
  if (sla.breached || (due && due <= now)) return 'breached'
  if (!isZeroTime(sla.atRiskAt) && new Date(sla.atRiskAt) <= now) return 'at_risk'
  if (due) return 'running'
  return sla.paused ? 'paused' : 'none'
}

export function clockTagType(state: string): TagType {
  switch (state) {
    case 'breached':
      return 'error'
    case 'at_risk':
      return 'warning'
    case 'met':
      return 'success'
    case 'running':
      return 'info'
    default:
      return 'default'
  }
}

export interface DurationWords {
  d: (n: number) => string
  h: (n: number) => string
  min: (n: number) => string
}

/** A length of time in its two largest units: "3 d 4 h", "2 h 10 min", "45 min" (minutes rounded up). */
export function formatSpan(ms: number, words: DurationWords): string {
  let m = Math.ceil(Math.abs(ms) / 60_000)
  const days = Math.floor(m / 1440)
  m -= days * 1440
  const hours = Math.floor(m / 60)
  m -= hours * 60
  if (days > 0) return hours > 0 ? `${words.d(days)} ${words.h(hours)}` : words.d(days)
  if (hours > 0) return m > 0 ? `${words.h(hours)} ${words.min(m)}` : words.h(hours)
  return words.min(m)
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>()

/** An instant with its weekday as a zone reads it ("Tue 24/11, 20:00"); the computer's zone when zone is empty. */
export function formatInZone(iso: string, zone: string, locale: string): string {
  if (isZeroTime(iso)) return '—'
  const key = `${zone}|${locale}`
  let f = zoneFormats.get(key)
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', { timeZone: zone || undefined, weekday: 'short', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    } catch {
      f = new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', { weekday: 'short', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    }
    zoneFormats.set(key, f)
  }
  return f.format(new Date(iso))
}
