import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import en from './en.json'
import zhCN from './zh-CN.json'

type Tree = { [k: string]: string | Tree }

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)))
}
function get(tree: Tree, path: string): string {
  return path.split('.').reduce<string | Tree>((t, k) => (t as Tree)[k], tree) as string
}
// Unique names: an English "singular | plural" message repeats its placeholder.
function placeholders(s: string): string[] {
  return [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort()
}

describe('language files', () => {
  const enKeys = keys(en as Tree)
  const zhKeys = keys(zhCN as Tree)

  it('zh-CN has every key of en', () => {
    expect(enKeys.filter((k) => !zhKeys.includes(k))).toEqual([])
  })

  it('en has every key of zh-CN', () => {
    expect(zhKeys.filter((k) => !enKeys.includes(k))).toEqual([])
  })

  it('both languages fill the same placeholders', () => {
    const differ = enKeys.filter((k) => zhKeys.includes(k) && placeholders(get(en as Tree, k)).join() !== placeholders(get(zhCN as Tree, k)).join())
    expect(differ).toEqual([])
  })

  it('has no empty message', () => {
    expect([...enKeys.filter((k) => !get(en as Tree, k)), ...zhKeys.filter((k) => !get(zhCN as Tree, k))]).toEqual([])
  })

  it('has a message for every reason the backend sends', () => {
    // Every reason written in the Go sources, so a new backend error cannot ship without words.
    const reasons = new Set(['internal', 'no_answer']) // made by the frontend's call wrapper
    const patterns = [/Invalid\([^,()]+, "(\w+)"/g, /Conflict\("(\w+)"/g, /Reason: +"(\w+)"/g, /\.fail\([^,()]+, "(\w+)"/g]
    const backend = join(process.cwd(), '..', 'backend') // vitest runs in frontend/
    for (const file of readdirSync(backend, { recursive: true }) as string[]) {
      if (!file.endsWith('.go') || file.endsWith('_test.go')) continue
      const src = readFileSync(join(backend, file), 'utf8')
      for (const re of patterns) for (const m of src.matchAll(re)) reasons.add(m[1])
    }
    expect(reasons.size).toBeGreaterThan(25)
    expect([...reasons].filter((r) => !(r in en.errors) || !(r in zhCN.errors))).toEqual([])
  })

  // The Go sources read once: every error written there as Invalid(field, reason, ...) or
  // k.fail(field, reason, ...), with the field as a literal.
  function backendFieldErrors(): { fields: Set<string>; reasons: Set<string> } {
    const fields = new Set<string>()
    const reasons = new Set<string>()
    const backend = join(process.cwd(), '..', 'backend')
    for (const file of readdirSync(backend, { recursive: true }) as string[]) {
      if (!file.endsWith('.go') || file.endsWith('_test.go')) continue
      const src = readFileSync(join(backend, file), 'utf8')
      for (const m of src.matchAll(/(?:Invalid|\.fail|missing)\("(\w+)",\s*"(\w+)"/g)) {
        fields.add(m[1])
        reasons.add(m[2])
      }
      for (const m of src.matchAll(/(?:Invalid|\.fail)\([^,()]+, "(\w+)"/g)) reasons.add(m[1])
    }
    return { fields, reasons }
  }

  it('has a label for every field the backend names in an error', () => {
    // A toast reads "<label>: <message>": without a label it would show the code ("targets: …").
    const { fields } = backendFieldErrors()
    expect(fields.size).toBeGreaterThan(30)
    expect([...fields].filter((f) => !(f in en.fields) || !(f in zhCN.fields))).toEqual([])
  })

  it('writes field errors in Chinese without a colon, so "字段：消息" has one', () => {
    // "验收人：请先填写此项：下一步需要它。" read as two labels.
    const { reasons } = backendFieldErrors()
    const errors = zhCN.errors as Record<string, string>
    expect([...reasons].filter((r) => errors[r]?.includes('：'))).toEqual([])
  })

  it('writes Chinese with full-width punctuation', () => {
    // A half-width colon, comma, semicolon or bracket next to a Chinese character.
    const han = '\\u4e00-\\u9fff'
    const bad = new RegExp(`[${han}][:,;()!?]|[:,;()!?][${han}]`)
    expect(zhKeys.filter((k) => bad.test(get(zhCN as Tree, k)))).toEqual([])
  })

  it('gives every English count a singular and a plural form (Chinese needs one)', () => {
    const forms = (tree: Tree) => Object.entries(tree.counts as Tree).map(([k, v]) => [k, (v as string).split('|').length])
    expect(forms(en as Tree).filter(([, n]) => n !== 2)).toEqual([])
    expect(forms(zhCN as Tree).filter(([, n]) => n !== 1)).toEqual([])
  })
})
