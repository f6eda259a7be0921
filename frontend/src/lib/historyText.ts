// A change event as sentences a user reads: "Status: In test → Released", "Set Follow-up date to
// 30 Nov 2026", "Checklist item “Install DB” done", "Requirements: added R-0012 对接 SAP". Every
// value goes through its type's formatter (historyFields.ts): enums translated, dates formatted,
// booleans as sentences, records by number and title, empty values as "set" / "cleared", so no raw
// key, id, true/false or JSON reaches the screen.

import { formatDate, formatDateTime, formatMoney, formatNumber, isZeroTime } from './format'
import { formatMinutes } from './duration'
import { amountText, rateText } from './money'
import { flattenChanges, type FieldChange } from './history'
import { fieldSpec, type FieldType } from './historyFields'
import { plainPreview } from './markdown'

export interface HistoryWords {
  t: (key: string, params?: Record<string, unknown>, plural?: number) => string
  te: (key: string) => boolean
  locale: string
  currency: string
}

/** What the lines need of an event (backend.Event). */
export interface ChangeEvent {
  kind: string
  ref: string
  title: string
  changes?: FieldChange[]
  refs?: Record<string, string>
}

const ZERO_ID = '00000000-0000-0000-0000-000000000000'
const PREVIEW = 80

/** The changes of an event, one sentence each. */
export function changeLines(ev: ChangeEvent, w: HistoryWords): string[] {
  return flattenChanges(ev.changes ?? []).flatMap((c) => changeLine(ev, c, w))
}

/** Linking a ticket to a requirement keeps the requirement's number as the event's note: the change
 * says it already ("Set Requirement to R-0012 对接 SAP"), so views do not show the note as a reason. */
export const linksRequirement = (ev: ChangeEvent) => (ev.changes ?? []).some((c) => c.field === 'requirementId')

/** "需求 R-0012 对接 SAP": the kind, the number and the title (once, when the title is the number). */
export function eventSubject(ev: ChangeEvent, w: HistoryWords): string {
  const kind = w.te(`changes.kinds.${ev.kind}`) ? w.t(`changes.kinds.${ev.kind}`) : ''
  const title = ev.title && ev.title !== ev.ref ? ev.title : ''
  return [kind, ev.ref, title].filter(Boolean).join(' ')
}

function changeLine(ev: ChangeEvent, c: FieldChange, w: HistoryWords): string[] {
  const spec = fieldSpec(ev.kind, c.field)
  const label = spec ? [spec.label].flat().map((k) => w.t(k)).join(' · ') : c.field // no words: historyText.test.ts fails on it
  const type: FieldType = spec?.value ?? { type: 'text' }
  switch (type.type) {
    case 'bool':
      return [w.t(`changes.bool.${type.sentence}.${c.new ? 'on' : 'off'}`)]
    case 'list':
    case 'dates':
    case 'refs': {
      const item: FieldType = type.type === 'list' ? { type: 'text' } : type.type === 'dates' ? { type: 'date' } : { type: 'ref' }
      return listLines(label, list(c.old), list(c.new), (v) => show(ev, item, v, w), w)
    }
    case 'checklist':
      return checklistLines(label, list(c.old) as ChecklistItem[], list(c.new) as ChecklistItem[], w)
    case 'trainings':
      return trainingLines(ev, label, list(c.old) as Training[], list(c.new) as Training[], w)
    case 'instalments':
    case 'invoices':
    case 'payments':
    case 'licences':
      return listLines(label, list(c.old), list(c.new), (v) => moneyRow(type.type, v as MoneyRow, w), w)
    case 'quotes':
      return quoteLines(ev, label, list(c.old) as QuoteRow[], list(c.new) as QuoteRow[], w)
  }
  return [sentence(label, show(ev, type, c.old, w), show(ev, type, c.new, w), w)]
}

/** "Set X to Y", "Cleared X (was Y)" or "X: Y → Z"; an empty value is "". */
function sentence(field: string, old: string, now: string, w: HistoryWords): string {
  if (!old) return w.t('changes.set', { field, new: now })
  if (!now) return w.t('changes.cleared', { field, old })
  return w.t('changes.changed', { field, old, new: now })
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** A value in words, or "" when it is empty. */
function show(ev: ChangeEvent, type: FieldType, v: unknown, w: HistoryWords): string {
  if (v === null || v === undefined) return ''
  const n = typeof v === 'number' ? v : Number(v)
  switch (type.type) {
    case 'markdown':
      return plainPreview(String(v), PREVIEW)
    case 'enum':
      return v === '' ? '' : w.te(`${type.section}.${v}`) ? w.t(`${type.section}.${v}`) : String(v)
    case 'date':
      return v ? formatDate(String(v), w.locale) : ''
    case 'datetime':
      return isZeroTime(String(v)) ? '' : formatDateTime(String(v), w.locale)
    case 'ref':
      return !v || v === ZERO_ID ? '' : (ev.refs?.[String(v)] ?? w.t('changes.deletedRecord'))
    case 'days':
      return n ? w.t('changes.days', { n: formatNumber(n, w.locale) }, n) : ''
    case 'hours':
      return n ? w.t('changes.hours', { n: formatNumber(n, w.locale) }) : ''
    case 'money':
      return n ? formatMoney(n, w.currency, w.locale) : ''
    case 'amount':
      return amountText(n)
    case 'rate':
      return n ? rateText(n) : ''
    case 'number':
      return formatNumber(n, w.locale)
    case 'score':
      return n ? w.t('changes.score', { n, word: w.t(`callbacks.scoreWords.${n}`) }) : ''
    case 'nps':
      return n < 0 ? w.t('callbacks.npsNone') : String(n)
    case 'target':
      return n ? formatMinutes(n, (k, p) => w.t(`serviceLevels.duration.${k}`, p)) : ''
    case 'week':
      return week(v, w)
    default:
      return typeof v === 'object' ? '' : String(v).trim()
  }
}

interface MoneyRow {
  label?: string
  trigger?: string
  dueOn?: string
  number?: string
  date?: string
  amount?: number
  method?: string
  note?: string
  key?: string
  seats?: number
  startsOn?: string
  expiresOn?: string
}

/** One row of a sales contract's plan, invoices, payments or licences: "上线 2026-12-20 14,000.00",
 * "VD-0001 50 用户 2026-01-01 至 2027-01-01". */
function moneyRow(type: string, r: MoneyRow, w: HistoryWords): string {
  const day = (d?: string) => (d ? formatDate(d, w.locale) : '')
  const amount = amountText(r.amount ?? 0)
  if (type === 'licences') {
    const period = r.expiresOn
      ? w.t('salesContracts.licencePeriod', { from: day(r.startsOn), to: day(r.expiresOn) })
      : w.t('salesContracts.licenceFrom', { date: day(r.startsOn) })
    return [r.key, r.seats ? w.t('salesContracts.licenceSeats', { n: formatNumber(r.seats, w.locale) }) : '', period].filter(Boolean).join(' ')
  }
  const parts =
    type === 'instalments'
      ? [r.label || w.t(`instalmentTriggers.${r.trigger}`), day(r.dueOn), amount]
      : type === 'invoices'
        ? [r.number, day(r.date), amount]
        : [day(r.date), amount, r.method ? w.t(`paymentMethods.${r.method}`) : '', r.note]
  return parts.filter(Boolean).join(' ')
}

interface QuoteRow {
  number: number
  issuedOn: string
  total: number
}

/** A deal's quotes, matched by number: "报价单：新增 DL-0007-Q2 2026-12-05 合计 124,300.00", a changed
 * one as its summary before and after (or its number alone when only its lines or terms changed). */
function quoteLines(ev: ChangeEvent, label: string, old: QuoteRow[], now: QuoteRow[], w: HistoryWords): string[] {
  const sep = w.t('common.listSep')
  const name = (q: QuoteRow) => `${ev.ref}-Q${q.number}`
  const row = (q: QuoteRow) => w.t('quotes.historyRow', { ref: name(q), date: formatDate(q.issuedOn, w.locale), total: amountText(q.total) })
  const byNumber = (qs: QuoteRow[], n: number) => qs.find((q) => q.number === n)
  const added = now.filter((q) => !byNumber(old, q.number))
  const removed = old.filter((q) => !byNumber(now, q.number))
  const out: string[] = []
  if (added.length) out.push(w.t('changes.added', { field: label, items: added.map(row).join(sep) }))
  if (removed.length) out.push(w.t('changes.removed', { field: label, items: removed.map(row).join(sep) }))
  for (const q of now) {
    const before = byNumber(old, q.number)
    if (!before || same(before, q)) continue
    const [a, b] = [row(before), row(q)]
    out.push(a === b ? w.t('quotes.historyEdited', { ref: name(q) }) : w.t('changes.changed', { field: label, old: a, new: b }))
  }
  return out
}

/** Working hours Monday first: "Monday 09:00–18:00、Tuesday 09:00–18:00". */
function week(v: unknown, w: HistoryWords): string {
  const days = list(v)
  return [1, 2, 3, 4, 5, 6, 0]
    .filter((d) => list(days[d]).length)
    .map((d) => `${w.t(`serviceLevels.days.${d}`)} ${(list(days[d]) as { start: string; end: string }[]).map((i) => `${i.start}–${i.end}`).join(', ')}`)
    .join(w.t('common.listSep'))
}

/** A list's change as what was added and what was removed. */
function listLines(field: string, old: unknown[], now: unknown[], word: (v: unknown) => string, w: HistoryWords): string[] {
  const sep = w.t('common.listSep')
  const added = now.filter((x) => !old.some((y) => same(x, y)))
  const removed = old.filter((x) => !now.some((y) => same(x, y)))
  const out: string[] = []
  if (added.length) out.push(w.t('changes.added', { field, items: added.map(word).join(sep) }))
  if (removed.length) out.push(w.t('changes.removed', { field, items: removed.map(word).join(sep) }))
  if (!out.length) out.push(sentence(field, old.map(word).join(sep), now.map(word).join(sep), w)) // only the order changed
  return out
}

interface ChecklistItem {
  text: string
  done: boolean
  note: string
}

/** A deployment's checklist, item by item (items are known by their text). */
function checklistLines(field: string, old: ChecklistItem[], now: ChecklistItem[], w: HistoryWords): string[] {
  const quote = (s: string) => w.t('changes.quoted', { text: s })
  const texts = (items: ChecklistItem[]) => items.map((i) => i.text)
  const out = same(texts(old), texts(now)) ? [] : listLines(field, texts(old), texts(now), (v) => quote(String(v)), w)
  for (const item of now) {
    const before = old.find((o) => o.text === item.text)
    if (!before) continue
    if (!!before.done !== !!item.done) out.push(w.t(`changes.bool.checklistDone.${item.done ? 'on' : 'off'}`, { item: quote(item.text) }))
    if ((before.note ?? '') !== (item.note ?? '')) {
      const label = w.t('changes.itemField', { item: w.t('changes.checklistItem', { item: quote(item.text) }), field: w.t('fields.note') })
      out.push(sentence(label, before.note ?? '', item.note ?? '', w))
    }
  }
  return out
}

interface Training {
  date: string
  trainer: string
  attendees: string[]
  topics: string
  materials: string
  score: number
}

const TRAINING_FIELDS: Record<string, { label: string; type: FieldType | 'list' | 'trainingScore' }> = {
  date: { label: 'fields.date', type: { type: 'date' } },
  trainer: { label: 'fields.trainer', type: { type: 'text' } },
  attendees: { label: 'fields.attendees', type: 'list' },
  topics: { label: 'fields.topics', type: { type: 'markdown' } },
  materials: { label: 'fields.materials', type: { type: 'markdown' } },
  score: { label: 'fields.score', type: 'trainingScore' },
}

/** A deployment's training sessions, by position: sessions are added at the end. */
function trainingLines(ev: ChangeEvent, field: string, old: Training[], now: Training[], w: HistoryWords): string[] {
  const sep = w.t('common.listSep')
  const describe = (s: Training) => [formatDate(s.date, w.locale), s.trainer, plainPreview(s.topics ?? '', 40)].filter(Boolean).join(' · ')
  const out: string[] = []
  if (now.length > old.length) out.push(w.t('changes.added', { field, items: now.slice(old.length).map(describe).join(sep) }))
  if (old.length > now.length) out.push(w.t('changes.removed', { field, items: old.slice(now.length).map(describe).join(sep) }))
  for (let i = 0; i < Math.min(old.length, now.length); i++) {
    const a = old[i] as unknown as Record<string, unknown>
    const b = now[i] as unknown as Record<string, unknown>
    const session = w.t('changes.training', { date: formatDate(old[i].date, w.locale) })
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
      if (same(a[key], b[key])) continue
      const spec = TRAINING_FIELDS[key]
      const label = w.t('changes.itemField', { item: session, field: spec ? w.t(spec.label) : key })
      if (spec?.type === 'list') out.push(...listLines(label, list(a[key]), list(b[key]), String, w))
      else if (spec?.type === 'trainingScore') out.push(sentence(label, trainingScore(a[key], w), trainingScore(b[key], w), w))
      else out.push(sentence(label, show(ev, spec?.type ?? { type: 'text' }, a[key], w), show(ev, spec?.type ?? { type: 'text' }, b[key], w), w))
    }
  }
  return out
}

const trainingScore = (v: unknown, w: HistoryWords) => (Number(v) ? w.t('changes.outOfFive', { n: Number(v) }) : '')
