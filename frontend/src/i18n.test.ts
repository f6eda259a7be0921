import { describe, expect, it } from 'vitest'
import { resolveLocale } from './i18n'

describe('resolveLocale', () => {
  it('follows the OS language on auto', () => {
    expect(resolveLocale('auto', 'zh-CN')).toBe('zh-CN')
    expect(resolveLocale('auto', 'zh-TW')).toBe('zh-CN')
    expect(resolveLocale('auto', 'en-US')).toBe('en')
    expect(resolveLocale('auto', 'de-DE')).toBe('en')
  })
  it('keeps an explicit choice whatever the OS says', () => {
    expect(resolveLocale('en', 'zh-CN')).toBe('en')
    expect(resolveLocale('zh-CN', 'en-US')).toBe('zh-CN')
  })
})
