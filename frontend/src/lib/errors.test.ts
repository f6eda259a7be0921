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

  it('accepts JSON text wrapped in an Error (what Wails delivers)', () => {
    const wire = JSON.stringify({ code: 'invalid', field: 'email', reason: 'email', message: 'Not a valid email address.' })
    expect(normalizeError(new Error(wire))).toEqual({ code: 'invalid', field: 'email', reason: 'email', message: 'Not a valid email address.', params: {} })
  })

  it('reads every field of the JSON text, including the params', () => {
    const wire = JSON.stringify({ code: 'conflict', reason: 'customer_has_records', message: 'x', params: { name: 'Acme', contacts: 1, interactions: 0 } })
    const e = normalizeError(new Error(wire))
    expect(e).toEqual({ code: 'conflict', field: '', reason: 'customer_has_records', message: 'x', params: { name: 'Acme', contacts: 1, interactions: 0 } })
    expect(errorSentence(e, translator('en'))).toBe('Acme has 1 contact. Archive it instead, or delete those first.')
  })

  it('tolerates white space around the JSON text', () => {
    expect(normalizeError(`\n  ${JSON.stringify(required)}  \n`).field).toBe('name')
    expect(normalizeError(new Error(` ${JSON.stringify(required)}`)).reason).toBe('required')
  })

  it('fills in what the JSON text leaves out', () => {
    expect(normalizeError(JSON.stringify({ message: 'disk full' }))).toEqual({ code: 'internal', message: 'disk full', field: '', reason: '', params: {} })
    expect(normalizeError(JSON.stringify({ code: 'invalid', params: 'not an object' })).params).toEqual({})
  })

  it('shows JSON text that is not an error as it is', () => {
    expect(normalizeError('{"foo":1}')).toMatchObject({ code: 'internal', message: '{"foo":1}' })
    expect(normalizeError(new Error('{"foo":1}'))).toMatchObject({ code: 'internal', message: '{"foo":1}' })
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

  it('names the linked records of customer_has_records, leaving out kinds it has none of', () => {
    const e = normalizeError(
      JSON.stringify({ code: 'conflict', reason: 'customer_has_records', message: 'x', params: { name: '杭州测试', contacts: 2, interactions: 5, requirements: 0 } }),
    )
    expect(errorMessage(e, translator('zh-CN'))).toBe('杭州测试 下有 2 个联系人、5 条沟通记录。请改为归档，或先删除这些记录。')
    expect(errorMessage(e, translator('en'))).toBe('杭州测试 has 2 contacts, 5 communication records. Archive it instead, or delete those first.')
    const onlyReqs = normalizeError({ code: 'conflict', reason: 'customer_has_records', message: 'x', params: { name: 'Acme', contacts: 0, interactions: 0, requirements: 3 } })
    expect(errorMessage(onlyReqs, translator('en'))).toBe('Acme has 3 requirements. Archive it instead, or delete those first.')
  })

  it('counts in the singular for one record in English', () => {
    const e = normalizeError({ code: 'conflict', reason: 'customer_has_records', message: 'x', params: { name: 'Acme', contacts: 1, interactions: 1 } })
    expect(errorMessage(e, translator('en'))).toBe('Acme has 1 contact, 1 communication record. Archive it instead, or delete those first.')
    expect(errorMessage(e, translator('zh-CN'))).toBe('Acme 下有 1 个联系人、1 条沟通记录。请改为归档，或先删除这些记录。')
  })

  it('translates the record kind of not_found', () => {
    const e = normalizeError({ code: 'not_found', reason: 'not_found', message: 'This contact does not exist', params: { kind: 'contact' } })
    expect(errorMessage(e, translator('zh-CN'))).toBe('该联系人不存在（可能已被删除）。')
  })

  it('shows an email example with a literal @', () => {
    const e = normalizeError({ code: 'invalid', reason: 'email', field: 'email', message: 'x' })
    expect(errorMessage(e, translator('en'))).toContain('name@example.com')
  })

  it('names release statuses in release_transition, requirement statuses in transition', () => {
    const rel = normalizeError({ code: 'invalid', field: 'status', reason: 'release_transition', message: 'x', params: { from: 'withdrawn', to: 'in_test' } })
    expect(errorMessage(rel, translator('zh-CN'))).toBe('版本不能从“已撤回”变为“测试中”。')
    expect(errorMessage(rel, translator('en'))).toBe('A release cannot go from “Withdrawn” to “In test”.')
    const planned = normalizeError({ code: 'invalid', reason: 'release_transition', message: 'x', params: { from: 'planned', to: 'released' } })
    expect(errorMessage(planned, translator('zh-CN'))).toBe('版本不能从“计划中”变为“已发布”。')
    const req = normalizeError({ code: 'invalid', field: 'status', reason: 'transition', message: 'x', params: { from: 'draft', to: 'released' } })
    expect(errorMessage(req, translator('en'))).toBe('A requirement cannot go from “Draft” to “Released”.')
  })

  it('names deployment statuses in deployment_transition', () => {
    const e = normalizeError({ code: 'invalid', field: 'status', reason: 'deployment_transition', message: 'x', params: { from: 'planned', to: 'live' } })
    expect(errorMessage(e, translator('zh-CN'))).toBe('部署不能从“计划中”变为“已上线”。')
    expect(errorMessage(e, translator('en'))).toMatch(/“Planned”.*“Live”/)
    const back = normalizeError({ code: 'invalid', reason: 'deployment_transition', message: 'x', params: { from: 'accepted', to: 'rolled_back' } })
    expect(errorMessage(back, translator('zh-CN'))).toBe('部署不能从“已验收”变为“已回滚”。')
    // The same statuses of a release still read as release statuses.
    const rel = normalizeError({ code: 'invalid', reason: 'release_transition', message: 'x', params: { from: 'planned', to: 'released' } })
    expect(errorMessage(rel, translator('en'))).toContain('“Planned”')
  })

  it('names the field of a deployment refusal', () => {
    const e = normalizeError({ code: 'invalid', field: 'goLiveOn', reason: 'date_order', message: 'x', params: { date: '2026-03-01' } })
    expect(errorSentence(e, translator('zh-CN'))).toContain('上线日期')
    expect(errorMessage(e, translator('zh-CN'))).toContain('2026-03-01')
  })

  it('words the failed-tests gate with each requirement and its failed levels, in both languages', () => {
    const e = normalizeError({ code: 'invalid', field: 'reason', reason: 'tests_failed', message: 'x', params: { gate: true, failed: [{ ref: 'R-0002', tests: ['unit', 'system'] }, { ref: 'R-0005', tests: ['integration'] }] } })
    expect(errorMessage(e, translator('zh-CN'))).toBe('测试未通过：R-0002（单元测试、系统测试）、R-0005（集成测试）。如仍要发布，请填写原因。')
    expect(errorMessage(e, translator('en'))).toBe('Tests failed: R-0002 (Unit test, System test), R-0005 (Integration test). Give a reason to release anyway.')
  })

  it('words the checklist gate with the count and the open items', () => {
    const e = normalizeError({ code: 'invalid', field: 'reason', reason: 'checklist_open', message: 'x', params: { gate: true, done: 1, total: 3, items: ['服务器 8核16G', 'VPN 账号'] } })
    expect(errorMessage(e, translator('zh-CN'))).toBe('部署准备清单已完成 1/3，未完成：服务器 8核16G、VPN 账号。如仍要标记为已部署，请填写原因。')
  })

  it('falls back to the backend sentence for an unknown reason', () => {
    const e = normalizeError({ code: 'invalid', reason: 'brand_new_reason', message: 'Something new went wrong.' })
    expect(errorMessage(e, translator('zh-CN'))).toBe('Something new went wrong.')
  })

  it('includes the detail of internal errors', () => {
    const e = normalizeError({ code: 'internal', reason: 'internal', message: 'disk full' })
    expect(errorMessage(e, translator('en'))).toBe('Something went wrong inside VendorDesk: disk full')
  })

  it("says an internal error's detail once, as the backend sends it", () => {
    const e = normalizeError({ code: 'internal', reason: 'internal', message: 'Something went wrong inside VendorDesk: disk full', params: { detail: 'disk full' } })
    expect(errorMessage(e, translator('en'))).toBe('Something went wrong inside VendorDesk: disk full')
    expect(errorMessage(e, translator('zh-CN'))).not.toContain('Something went wrong')
  })
})

describe('errorSentence', () => {
  it('prefixes the field label for toasts', () => {
    const e = normalizeError({ code: 'invalid', field: 'website', reason: 'url', message: 'x' })
    expect(fieldLabel(e, translator('zh-CN'))).toBe('网站')
    expect(errorSentence(e, translator('zh-CN'))).toBe('网站：网址格式不正确，例如 https://example.com。')
    expect(errorSentence(e, translator('en'))).toBe('Website: Not a valid web address (e.g. https://example.com).')
  })

  it('says once what a deployment step needs, naming the status in the user language', () => {
    const e = normalizeError({ code: 'invalid', field: 'acceptedBy', reason: 'required_for_status', message: 'Record who accepted it first.', params: { to: 'accepted' } })
    expect(errorSentence(e, translator('zh-CN'))).toBe('验收人：变为“已验收”前须先填写此项。')
    expect(errorSentence(e, translator('en'))).toBe('Accepted by: Fill this in before moving to “Accepted”.')
    const live = normalizeError({ code: 'invalid', field: 'goLiveOn', reason: 'required_for_status', message: 'x', params: { to: 'live' } })
    expect(errorMessage(live, translator('zh-CN'))).toBe('变为“已上线”前须先填写此项。')
  })

  it('names the mobile number rule in both languages', () => {
    const e = normalizeError({ code: 'invalid', field: 'mobile', reason: 'mobile', message: 'x' })
    expect(errorSentence(e, translator('zh-CN'))).toBe('手机：请输入 11 位手机号；境外号码请以 + 和国家代码开头。')
    expect(errorSentence(e, translator('en'))).toBe('Mobile: Enter an 11-digit mobile number; for other countries start with + and the country code.')
  })

  it('names a field the SLA editor checks rather than its code', () => {
    const e = normalizeError({ code: 'invalid', field: 'targets', reason: 'target_range', message: 'x', params: { priority: 'P1', max: 525600 } })
    expect(errorSentence(e, translator('zh-CN'))).toBe('响应与解决时限：P1 的时限须在 0 到 525600 分钟之间。')
    const zone = normalizeError({ code: 'invalid', field: 'timeZone', reason: 'time_zone', message: 'x', params: { value: 'Mars/Base' } })
    expect(errorSentence(zone, translator('zh-CN'))).toBe('时区：无法识别的时区“Mars/Base”。')
  })
})

describe('release_not_ready', () => {
  const wire = JSON.stringify({
    code: 'conflict',
    reason: 'release_not_ready',
    message: 'These requirements are not in test yet: R-0002 (in development), R-0005 (draft). Test them, or take them out of release 2.1.0.',
    params: { refs: 'R-0002 (in development), R-0005 (draft)', items: [{ ref: 'R-0002', status: 'in_development' }, { ref: 'R-0005', status: 'draft' }], version: '2.1.0' },
  })

  it('lists the requirements with their status translated, never the status code', () => {
    const zh = errorMessage(normalizeError(new Error(wire)), translator('zh-CN'))
    expect(zh).toBe('以下需求尚未进入测试：R-0002（开发中）、R-0005（草稿）。请先测试，或将其移出版本 2.1.0。')
    const en = errorMessage(normalizeError(new Error(wire)), translator('en'))
    expect(en).toBe('These requirements are not in test yet: R-0002 (In development), R-0005 (Draft). Test them, or take them out of release 2.1.0.')
    expect(zh + en).not.toContain('in_development')
  })
})

// A backup that cannot be restored says why, in the user's words, for every kind of problem a
// data file can have (the backend sends the kind as params.why).
describe('a refused restore', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`words every reason (${locale})`, async () => {
      const { DATA_FILE_PROBLEMS } = await import('./enums')
      const seen = new Set<string>()
      for (const why of DATA_FILE_PROBLEMS) {
        const text = errorMessage({ code: 'invalid', message: 'x', field: '', reason: 'backup_unusable', params: { why, file: 9, app: 8 } }, translator(locale))
        expect(text).not.toMatch(/backups\.|\{|_/)
        seen.add(text)
      }
      expect(seen.size).toBe(DATA_FILE_PROBLEMS.length)
    })
  }

  it('says why an export cannot be imported, in the same words', () => {
    const text = errorMessage({ code: 'invalid', message: 'x', field: '', reason: 'export_unusable', params: { why: 'foreign' } }, translator('en'))
    expect(text).toBe('This file cannot be imported: it is not a VendorDesk data file, backup or export.')
  })

  it('names the versions of a newer backup', () => {
    const text = errorMessage({ code: 'invalid', message: 'x', field: '', reason: 'backup_unusable', params: { why: 'newer', file: 9, app: 8 } }, translator('zh-CN'))
    expect(text).toBe('无法从此文件恢复，因为它来自更新版本的 VendorDesk（数据格式 9，当前版本最高支持 8）。')
  })
})
