import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h, nextTick } from 'vue'
import { NMessageProvider } from 'naive-ui'

const api = vi.hoisted(() => ({
  Update: vi.fn(),
  Get: vi.fn(),
  ListByCustomer: vi.fn(),
  NextStatuses: vi.fn(),
}))
vi.mock('@/wailsjs/go/api/Requirements', () => api)

import { makeI18n } from '@/i18n'
import RequirementDesignTests from './RequirementDesignTests.vue'
import type { Requirement } from '@/stores/requirements'

const REQ = {
  id: 'r1',
  number: 7,
  customerId: 'c1',
  title: '批量导出',
  description: '说明',
  category: 'functional',
  priority: 'must',
  source: { kind: 'internal', refId: '00000000-0000-0000-0000-000000000000', note: '' },
  acceptance: ['导出 1 万行'],
  estimateDays: 2,
  module: '报表',
  status: 'in_test',
  design: { architecture: '旧架构', ui: '', technical: '' },
  tests: { unit: { status: 'passed', note: '' }, integration: { status: 'not_started', note: '' }, system: { status: 'failed', note: '' } },
  createdAt: '',
  updatedAt: '',
} as unknown as Requirement

function render(onSaved = vi.fn()) {
  const Host = defineComponent(() => () => h(NMessageProvider, () => h(RequirementDesignTests, { show: true, requirement: REQ, onSaved })))
  return mount(Host, { global: { plugins: [makeI18n('zh-CN')] }, attachTo: document.body })
}
const el = <T extends Element = HTMLElement>(testid: string) => document.querySelector<T>(`[data-testid="${testid}"]`)

async function type(testid: string, value: string) {
  const input = el<HTMLTextAreaElement>(testid)!
  input.value = value
  input.dispatchEvent(new Event('input'))
  await nextTick()
}

describe('RequirementDesignTests', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    setActivePinia(createPinia())
    vi.resetAllMocks()
    api.ListByCustomer.mockResolvedValue({ rows: [], byStatus: {} })
    api.NextStatuses.mockResolvedValue([])
  })

  it('shows the design and tests in Chinese and saves the whole requirement with the changes', async () => {
    api.Update.mockImplementation(async (r: Requirement) => r)
    const onSaved = vi.fn()
    const w = render(onSaved)
    await flushPromises()
    expect(document.body.textContent).toContain('模块与架构')
    expect(document.body.textContent).toContain('系统测试')
    expect(el<HTMLTextAreaElement>('design-architecture')!.value).toBe('旧架构')
    await type('design-ui', '## 导出按钮\n放在工具栏')
    await type('design-technical', '流式写 CSV')
    await type('test-note-system', '大文件超时')
    el('req-design-save')!.click()
    await flushPromises()
    expect(api.Update).toHaveBeenCalledOnce()
    const sent = api.Update.mock.calls[0][0]
    expect(sent).toMatchObject({ id: 'r1', title: '批量导出', acceptance: ['导出 1 万行'], module: '报表', status: 'in_test' })
    expect(sent.design).toEqual({ architecture: '旧架构', ui: '## 导出按钮\n放在工具栏', technical: '流式写 CSV' })
    expect(sent.tests).toEqual({
      unit: { status: 'passed', note: '' },
      integration: { status: 'not_started', note: '' },
      system: { status: 'failed', note: '大文件超时' },
    })
    expect(api.ListByCustomer).toHaveBeenCalledWith('c1')
    expect(onSaved).toHaveBeenCalledOnce()
    w.unmount()
  })

  it('shows a refusal of the backend under the design, and stays open', async () => {
    api.Update.mockRejectedValue({ code: 'invalid', field: 'design', reason: 'too_long', message: 'Too long.', params: { max: 20000 } })
    const onSaved = vi.fn()
    const w = render(onSaved)
    await flushPromises()
    await type('design-architecture', 'x'.repeat(10))
    el('req-design-save')!.click()
    await flushPromises()
    expect(el('error-design')?.textContent).toBeTruthy()
    expect(el('error-tests')).toBeNull()
    expect(onSaved).not.toHaveBeenCalled()
    expect(el('req-design-form')).not.toBeNull()
    w.unmount()
  })
})
