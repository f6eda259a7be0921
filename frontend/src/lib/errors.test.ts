import { describe, expect, it } from 'vitest'
import { makeI18n } from '@/i18n'
import { errorMessage, errorSentence, fieldLabel, normalizeError } from './errors'

function translator(locale: 'en' | 'zh-CN') {
  const i18n = makeI18n(locale)
  return { t: i18n.global.t as (k: string, p?: Record<string, unknown>) => string, te: (k: string) => i18n.global.te(k) }
}

const required = { code: 'invalid', message: 'This field is required.', field: 'name', reason: 'required' }

describe('normalizeError', () => {
  it('accepts the backend error as an object', () => {
    expect(normalizeError(required)).toEqual({ ...required, params: {} })
  })

  it('accepts the backend error as JSON text', () => {
    const e = normalizeError(JSON.stringify({ ...required, params: { max: 200, got: 201 } }))
    expect(e.field).toBe('name')
    expect(e.reason).toBe('required')
    expect(e.params).toEqual({ max: 200, got: 201 })
  })

  it('accepts JSON text wrapped in an Error', () => {
    expect(normalizeError(new Error(JSON.stringify(required))).field).toBe('name')
  })

  it('does not show "[object Object]" when the transport lost the error object', () => {
    const e = normalizeError(new Error(String({})))
    expect(errorMessage(e, translator('zh-CN'))).toBe('发生意外错误。')
  })

  it('keeps plain text and JS errors as internal errors with their text', () => {
    expect(normalizeError('VendorDesk is still starting')).toMatchObject({ code: 'internal', message: 'VendorDesk is still starting', field: '' })
    expect(normalizeError(new TypeError('x is undefined'))).toMatchObject({ code: 'internal', message: 'x is undefined' })
    expect(normalizeError('{not json')).toMatchObject({ code: 'internal', message: '{not json' })
  })
})

describe('errorMessage', () => {
  it('says "required" in the user language', () => {
    expect(errorMessage(normalizeError(required), translator('zh-CN'))).toBe('此项为必填项。')
    expect(errorMessage(normalizeError(required), translator('en'))).toBe('This field is required.')
  })

  it('fills the params of too_long', () => {
    const e = normalizeError({ code: 'invalid', field: 'name', reason: 'too_long', message: 'At most 200 characters (got 230).', params: { max: 200, got: 230 } })
    expect(errorMessage(e, translator('zh-CN'))).toBe('最多 200 个字符（当前 230 个）。')
    expect(errorMessage(e, translator('en'))).toBe('At most 200 characters (got 230).')
  })

  it('names the linked records of customer_has_records', () => {
    const e = normalizeError(
      JSON.stringify({ code: 'conflict', reason: 'customer_has_records', message: 'x', params: { name: '杭州测试', contacts: 2, interactions: 5 } }),
    )
    expect(errorMessage(e, translator('zh-CN'))).toBe('杭州测试 有 2 个联系人和 5 条沟通记录。请改为归档，或先删除这些记录。')
  })

  it('translates the record kind of not_found', () => {
    const e = normalizeError({ code: 'not_found', reason: 'not_found', message: 'This contact does not exist', params: { kind: 'contact' } })
    expect(errorMessage(e, translator('zh-CN'))).toBe('该联系人不存在（可能已被删除）。')
  })

  it('shows an email example with a literal @', () => {
    const e = normalizeError({ code: 'invalid', reason: 'email', field: 'email', message: 'x' })
    expect(errorMessage(e, translator('en'))).toContain('name@example.com')
  })

  it('falls back to the backend sentence for an unknown reason', () => {
    const e = normalizeError({ code: 'invalid', reason: 'brand_new_reason', message: 'Something new went wrong.' })
    expect(errorMessage(e, translator('zh-CN'))).toBe('Something new went wrong.')
  })

  it('includes the detail of internal errors', () => {
    const e = normalizeError({ code: 'internal', reason: 'internal', message: 'disk full' })
    expect(errorMessage(e, translator('en'))).toBe('Something went wrong inside VendorDesk: disk full')
  })
})

describe('errorSentence', () => {
  it('prefixes the field label for toasts', () => {
    const e = normalizeError({ code: 'invalid', field: 'website', reason: 'url', message: 'x' })
    expect(fieldLabel(e, translator('zh-CN'))).toBe('网站')
    expect(errorSentence(e, translator('zh-CN'))).toBe('网站：网址无效（例如 https://example.com）。')
    expect(errorSentence(e, translator('en'))).toBe('Website: Not a valid web address (e.g. https://example.com).')
  })
})
