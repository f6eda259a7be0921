import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeI18n } from '@/i18n'
import * as lists from './listLabels'
import { customerListLabels, requirementListLabels, ticketListLabels } from './listLabels'

// The customer list's words in both languages, kept as a fixture the Go round-trip test reads
// (backend/api/lists_test.go): an export in either language must import back, so a column title
// the import cannot map fails there. UPDATE_FIXTURE=1 rewrites it.
const FIXTURE = join(process.cwd(), 'src/lib/fixtures/customer-list-labels.json')

describe('customer list labels', () => {
  const labels = Object.fromEntries((['zh-CN', 'en'] as const).map((l) => [l, customerListLabels(makeI18n(l).global as never)]))

  it('titles every column and labels every choice in both languages', () => {
    for (const l of Object.values(labels)) {
      expect(Object.values(l.columns).filter((c) => !c || /^[a-zA-Z]+\.[a-zA-Z.]+$/.test(c))).toEqual([]) // no key shown as its path
      expect(Object.keys(l.values.stages)).toEqual(['lead', 'prospect', 'customer', 'churned'])
    }
    expect(labels['zh-CN'].columns.name).toBe('名称')
    expect(labels['zh-CN'].values.channels.exhibition).toBe('展会')
  })

  it('titles every list and its columns, and labels its choices, in both languages', () => {
    const builders = Object.entries(lists).filter(([name]) => name.endsWith('ListLabels')) as [string, typeof customerListLabels][]
    expect(builders.length).toBeGreaterThanOrEqual(10)
    for (const locale of ['zh-CN', 'en'] as const) {
      const i18n = makeI18n(locale).global as never
      for (const [, build] of builders) {
        const l = build(i18n)
        const words = [l.title, ...Object.values(l.columns), ...Object.values(l.values).flatMap((v) => Object.values(v))]
        expect(words.filter((w) => !w || /^[a-zA-Z]+\.[a-zA-Z_.]+$/.test(w) || w.includes('{'))).toEqual([])
      }
    }
    const zh = makeI18n('zh-CN').global as never
    expect(ticketListLabels(zh).values.yesNo).toEqual({ yes: '是', no: '否' })
    expect(requirementListLabels(zh).values.testStatuses.passed).toBe('通过')
  })

  it('is the fixture the Go round-trip test imports', () => {
    const text = JSON.stringify(labels, null, 2) + '\n'
    if (process.env.UPDATE_FIXTURE === '1' || !existsSync(FIXTURE)) writeFileSync(FIXTURE, text)
    expect(readFileSync(FIXTURE, 'utf8')).toBe(text)
  })
})
