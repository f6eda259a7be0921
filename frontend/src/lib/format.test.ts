import { describe, expect, it } from 'vitest'
import { formatBytes, formatNumber } from './format'

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
