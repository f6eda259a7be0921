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
    const reasons = ['required', 'too_long', 'email', 'phone', 'url', 'date', 'enum', 'invalid_utf8', 'control_char', 'too_many', 'customer_missing', 'not_found', 'customer_has_records', 'not_empty', 'internal', 'id', 'immutable',
      'transition', 'system_test_failed', 'source_missing', 'source_other_customer', 'requirement_in_use', 'interaction_cited', 'range', 'no_answer']
    expect(reasons.filter((r) => !(r in en.errors) || !(r in zhCN.errors))).toEqual([])
  })

  it('gives every English count a singular and a plural form (Chinese needs one)', () => {
    const forms = (tree: Tree) => Object.entries(tree.counts as Tree).map(([k, v]) => [k, (v as string).split('|').length])
    expect(forms(en as Tree).filter(([, n]) => n !== 2)).toEqual([])
    expect(forms(zhCN as Tree).filter(([, n]) => n !== 1)).toEqual([])
  })
})
