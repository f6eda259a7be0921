import { describe, expect, it } from 'vitest'
import { highlightParts } from './highlight'

const marked = (text: string, terms: string[]) =>
  highlightParts(text, terms)
    .map((p) => (p.hit ? `[${p.text}]` : p.text))
    .join('')

describe('highlightParts', () => {
  it('marks every occurrence of every term, in any case and width', () => {
    expect(marked('北京科技有限公司', ['科技'])).toBe('北京[科技]有限公司')
    expect(marked('ＥＲＰ 二期 erp', ['erp'])).toBe('[ＥＲＰ] 二期 [erp]')
    expect(marked('Harbor Logistics', ['harbor', 'log'])).toBe('[Harbor] [Log]istics')
  })

  it('keeps the text whole, markup as text: a payload stays a payload', () => {
    const parts = highlightParts('<img src=x onerror=alert(1)>科技', ['科技'])
    expect(parts.map((p) => p.text).join('')).toBe('<img src=x onerror=alert(1)>科技')
    expect(parts.at(-1)).toEqual({ text: '科技', hit: true })
  })

  it('marks a one-character word only where a word starts, as it was matched', () => {
    expect(marked('Harbor Logistics', ['l'])).toBe('Harbor [L]ogistics')
    expect(marked('T-1024 report', ['1'])).toBe('T-[1]024 report')
  })

  it('marks nothing for no terms, or terms not in the text (a pinyin match)', () => {
    expect(marked('北京科技', [])).toBe('北京科技')
    expect(marked('北京科技', ['bjkj'])).toBe('北京科技')
  })
})
