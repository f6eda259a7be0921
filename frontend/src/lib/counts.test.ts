import { describe, expect, it } from 'vitest'
import { makeI18n } from '@/i18n'
import { countOf } from './counts'

function translator(locale: 'en' | 'zh-CN') {
  const i18n = makeI18n(locale)
  return { t: i18n.global.t as (k: string, p?: Record<string, unknown>, n?: number) => string, te: (k: string) => i18n.global.te(k) }
}

describe('countOf', () => {
  it('uses the singular for one and the plural otherwise in English', () => {
    const en = translator('en')
    expect(countOf(en, 'contacts', 0)).toBe('0 contacts')
    expect(countOf(en, 'contacts', 1)).toBe('1 contact')
    expect(countOf(en, 'contacts', 2)).toBe('2 contacts')
    expect(countOf(en, 'interactions', 1)).toBe('1 communication record')
    expect(countOf(en, 'customers', 10000, '10,000')).toBe('10,000 customers')
  })

  it('has one form in Chinese', () => {
    const zh = translator('zh-CN')
    expect(countOf(zh, 'contacts', 1)).toBe('1 个联系人')
    expect(countOf(zh, 'interactions', 0)).toBe('0 条沟通记录')
    expect(countOf(zh, 'customers', 10000, '10,000')).toBe('10,000 个客户')
  })
})
