import { describe, expect, it } from 'vitest'
import { makeI18n, type Locale } from '@/i18n'
import en from '@/langs/en.json'
import events from './fixtures/history-events.json'
import { changeLines, eventSubject, type ChangeEvent, type HistoryWords } from './historyText'
import { fieldSpec } from './historyFields'
import { flattenChanges } from './history'

// The fixture is written by the Go test TestHistoryFixtureCoversEveryField: every record kind,
// every field it records, changed through the real services. Each change must read as words.

function words(locale: Locale): HistoryWords {
  const { t, te } = makeI18n(locale).global
  return {
    t: (k, p, n) => (n === undefined ? t(k, p ?? {}) : t(k, p ?? {}, n)),
    te: (k) => te(k),
    locale,
    currency: 'CNY',
  }
}

const fixture = events as unknown as (ChangeEvent & { action: string; recordId: string })[]

// Every enum value the app knows, by the sections that translate them: a line holding one of
// these keys as a word shows a value untranslated.
const ENUM_SECTIONS = ['stages', 'channels', 'interactionKinds', 'relStatuses', 'reqStatuses', 'reqCategories', 'reqPriorities', 'reqSources',
  'testStatuses', 'confirmMethods', 'depStatuses', 'environments', 'ticketStatuses', 'ticketKinds', 'ticketChannels'] as const
const enumKeys = new Set<string>([
  ...ENUM_SECTIONS.flatMap((s) => Object.keys(en[s])),
  ...Object.keys(en.callbacks.sources),
])

const word = (w: string) => new RegExp(`(^|[^\\w])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\w]|$)`)

// What in a line is raw data rather than words. English labels are English words ("Job title",
// "In test"), so a plain lowercase key counts as raw only in Chinese; camelCase and snake_case
// keys, ids, JSON and untranslated enum values count in both.
function rawParts(line: string, c: { field: string; old: unknown; new: unknown }, locale: Locale): string[] {
  const bad: string[] = []
  if (line.includes('[object Object]')) bad.push('[object Object]')
  if (/\b(true|false|null|undefined|NaN)\b/.test(line)) bad.push('a bare value')
  if (/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(line)) bad.push('a UUID')
  if (line.includes('∅')) bad.push('∅')
  if (/[{}[\]"]/.test(line)) bad.push('JSON')
  if (/\b[a-z]+[A-Z]\w*\b/.test(line)) bad.push('a camelCase key')
  if ((locale === 'zh-CN' || !/^[a-z]+$/.test(c.field)) && word(c.field).test(line)) bad.push(`the key ${c.field}`)
  for (const part of c.field.split('.')) {
    if ((/[A-Z_]/.test(part) && /[a-z]/.test(part)) || (locale === 'zh-CN' && /^[a-z]+$/.test(part))) if (word(part).test(line)) bad.push(`the key ${part}`)
  }
  for (const v of [c.old, c.new]) {
    if (typeof v === 'string' && enumKeys.has(v) && (v.includes('_') || locale === 'zh-CN') && word(v).test(line)) bad.push(`the enum key ${v}`)
  }
  if (locale === 'zh-CN') for (const k of enumKeys) if (k.includes('_') && line.includes(k)) bad.push(`the enum key ${k}`)
  return bad
}

describe('history lines of every recorded change', () => {
  const changed = fixture.filter((ev) => ev.changes?.length)
  it('has changes of every kind', () => {
    expect(new Set(changed.map((ev) => ev.kind))).toEqual(
      new Set(['customer', 'contact', 'interaction', 'competitor', 'requirement', 'release', 'deployment', 'sla_policy', 'service_tier', 'contract', 'ticket', 'callback', 'deal', 'sales_contract']),
    )
  })

  for (const locale of ['en', 'zh-CN'] as Locale[]) {
    it(`reads as words in ${locale}`, () => {
      const w = words(locale)
      const problems: string[] = []
      for (const ev of fixture) {
        const subject = eventSubject(ev, w)
        for (const bad of rawParts(subject, { field: 'title', old: null, new: null }, locale)) problems.push(`${ev.kind} ${ev.action} subject "${subject}": ${bad}`)
        for (const c of flattenChanges(ev.changes ?? [])) {
          if (!fieldSpec(ev.kind, c.field)) problems.push(`${ev.kind}.${c.field}: no words for this field in historyFields.ts`)
          const lines = changeLines({ ...ev, changes: [c] }, w)
          if (!lines.length) problems.push(`${ev.kind}.${c.field}: no line`)
          for (const line of lines) for (const bad of rawParts(line, c, locale)) problems.push(`${ev.kind}.${c.field} "${line}": ${bad}`)
        }
      }
      expect(problems).toEqual([])
    })
  }
})

describe('history lines', () => {
  const en = words('en')
  const zh = words('zh-CN')
  const find = (kind: string, field: string, pick = (_: ChangeEvent) => true) => {
    const ev = fixture.find((e) => e.kind === kind && e.changes?.some((c) => c.field === field) && pick(e))!
    return { ...ev, changes: ev.changes!.filter((c) => c.field === field) }
  }

  it('names linked records by number and title, never by id', () => {
    expect(changeLines(find('ticket', 'requirementId'), en)).toEqual(['Set Requirement to R-0001 对接 SAP 订单'])
    expect(changeLines(find('ticket', 'requirementId'), zh)).toEqual(['关联需求设为 R-0001 对接 SAP 订单'])
    expect(changeLines(find('release', 'requirements'), en)).toEqual(['Requirements: added R-0001 对接 SAP 订单'])
  })

  it('tells the licences of a contract by key, seats and period', () => {
    expect(changeLines(find('sales_contract', 'licences'), en)).toEqual([
      'Licences: added VD-7Q2M-K9XW 30 seats 18 Nov 2026 to 17 Nov 2027, license-trial.lic from 1 Nov 2026 (no expiry)',
    ])
    expect(changeLines(find('sales_contract', 'licences'), zh)).toEqual(['许可证：新增 VD-7Q2M-K9XW 30 用户 2026-11-18 至 2027-11-17、license-trial.lic 2026-11-01 起（永久有效）'])
  })

  it('tells the quotes of a deal by number, date and total: made, changed, edited and deleted', () => {
    const quoteEvents = fixture.filter((e) => e.kind === 'deal' && e.changes?.some((c) => c.field === 'quotes'))
    const lines = quoteEvents.map((e) => changeLines({ ...e, changes: e.changes!.filter((c) => c.field === 'quotes') }, zh))
    expect(lines).toEqual([
      ['报价单：新增 DL-0001-Q1 2026-11-10 合计 31,800.00'],
      ['报价单：新增 DL-0001-Q2 2026-11-10 合计 31,800.00'],
      ['报价单：DL-0001-Q1 2026-11-10 合计 31,800.00 → DL-0001-Q1 2026-11-10 合计 30,210.00'],
      ['DL-0001-Q1 已修改'],
      ['报价单：移除 DL-0001-Q2 2026-11-10 合计 31,800.00'],
    ])
  })

  it('words booleans, scores and NPS', () => {
    expect(changeLines(find('callback', 'done'), en)).toEqual(['Callback made'])
    expect(changeLines(find('callback', 'nps'), en)).toEqual(['How likely to recommend us (NPS): Not asked → 8'])
    expect(changeLines(find('callback', 'score'), zh)).toEqual(['满意度设为 4 分（满意）'])
    expect(changeLines(find('callback', 'doneOn'), en)).toEqual(['Set Called on to 24 Nov 2026'])
  })

  it('tells a checklist and training sessions item by item', () => {
    const ticked = find('deployment', 'checklist', (e) => JSON.stringify(e.changes).includes('MySQL'))
    expect(changeLines(ticked, en)).toEqual([
      'Checklist: removed “开通 VPN”',
      'Checklist item “安装数据库” done',
      'Set Checklist item “安装数据库” · Note to MySQL 8',
    ])
    expect(changeLines(ticked, zh)).toContain('检查项「安装数据库」已完成')
    const rated = find('deployment', 'trainings', (e) => JSON.stringify(e.changes).includes('操作手册'))
    expect(changeLines(rated, en)).toEqual([
      'Training of 23 Nov 2026 · Attendees: added 赵敏',
      'Set Training of 23 Nov 2026 · Materials to 操作手册',
      'Set Training of 23 Nov 2026 · Feedback score to 5/5',
    ])
  })

  it('keeps the text the user typed', () => {
    expect(changeLines(find('customer', 'notes'), en)).toEqual(['Set Notes to 对接字段 order_id 与 C# SDK，金额 > 1 万需审批'])
  })

  it('names a record once when its title is its number', () => {
    const contract = fixture.find((e) => e.kind === 'contract')!
    expect(eventSubject(contract, zh)).toBe('维保合同 MC-0001')
    expect(eventSubject(fixture.find((e) => e.kind === 'deployment')!, en)).toBe('Deployment D-0001 2.4.0')
  })
})
