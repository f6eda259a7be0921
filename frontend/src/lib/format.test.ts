import { describe, expect, it } from 'vitest'
import { currencyName, currencySymbol, formatBytes, formatNumber } from './format'

describe('formatNumber', () => {
  it('groups thousands the way each language writes them', () => {
    for (const [locale, intl] of [['en', 'en-GB'], ['zh-CN', 'zh-CN']] as const) {
      for (const n of [0, 7, 999, 1000, 5965, 10000, 1234567, -5965]) {
        expect(formatNumber(n, locale)).toBe(new Intl.NumberFormat(intl).format(n))
      }
    }
    expect(formatNumber(10000, 'en')).toBe('10,000')
  })

  it('keeps decimals', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5')
    expect(formatBytes(1536, 'zh-CN')).toBe('1.5 KB')
  })
})

describe('currency names', () => {
  it('names the currency as people say it, with its sign, not the ISO code alone', () => {
    expect(currencyName('CNY', 'zh-CN')).toBe('人民币')
    expect(currencySymbol('CNY', 'zh-CN')).toBe('¥')
    expect(currencyName('USD', 'zh-CN')).toBe('美元')
    expect(currencySymbol('USD', 'zh-CN')).toBe('US$')
    expect(currencyName('CNY', 'en')).toBe('Chinese Yuan')
  })

  it("knows the yuan's signs up front as Intl writes them", () => {
    const intl = (locale: string) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }).formatToParts(0).find((p) => p.type === 'currency')?.value
    expect(currencySymbol('CNY', 'zh-CN')).toBe(intl('zh-CN'))
    expect(currencySymbol('CNY', 'en')).toBe(intl('en-GB'))
  })

  it('falls back to the code for a code Intl refuses', () => {
    expect(currencySymbol('??', 'zh-CN')).toBe('??')
    expect(currencyName('??', 'en')).toBe('??')
  })
})
