import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { NConfigProvider, NMessageProvider } from 'naive-ui'
import { makeI18n } from '@/i18n'

const api = vi.hoisted(() => ({ Create: vi.fn(), Update: vi.fn(), Tags: vi.fn() }))
vi.mock('@/wailsjs/go/api/Customers', () => api)

import CustomerForm from './CustomerForm.vue'

function mountForm(locale: 'zh-CN' | 'en', onSaved = vi.fn()) {
  const Host = defineComponent({
    setup: () => () =>
      h(NConfigProvider, null, () => h(NMessageProvider, null, () => h(CustomerForm, { show: true, customer: null, onSaved }))),
  })
  return mount(Host, { attachTo: document.body, global: { plugins: [createPinia(), makeI18n(locale)] } })
}

// The drawer teleports to <body>; query the document like a user looks at the screen.
const $ = <T extends Element = HTMLElement>(sel: string) => document.body.querySelector<T>(sel)

async function type(testid: string, value: string) {
  const el = $<HTMLInputElement | HTMLTextAreaElement>(`[data-testid="${testid}"]`)!
  el.value = value
  el.dispatchEvent(new Event('input'))
  await nextTick()
}

describe('CustomerForm', () => {
  beforeEach(() => {
    vi.resetAllMocks()
    api.Tags.mockResolvedValue([])
    document.body.innerHTML = ''
  })

  it('shows the backend error under the name field in Chinese and keeps what was typed', async () => {
    // The real transport: Wails wraps the formatter's JSON text in an Error.
    api.Create.mockRejectedValue(new Error(JSON.stringify({ code: 'invalid', field: 'name', reason: 'required', message: 'This field is required.' })))
    const onSaved = vi.fn()
    const w = mountForm('zh-CN', onSaved)
    await flushPromises()
    await type('input-name', '   ')
    await type('input-notes', '客户关注**报表**')
    $<HTMLButtonElement>('[data-testid="customer-save"]')!.click()
    await flushPromises()

    expect($('[data-testid="error-name"]')?.textContent).toBe('此项为必填项。')
    expect($<HTMLInputElement>('[data-testid="input-name"]')!.value).toBe('   ')
    expect($<HTMLTextAreaElement>('[data-testid="input-notes"]')!.value).toBe('客户关注**报表**')
    expect(onSaved).not.toHaveBeenCalled()
    expect(api.Create).toHaveBeenCalledWith(expect.not.objectContaining({ id: expect.anything() }))
    w.unmount()
  })

  it('shows a too_long error with its numbers in English', async () => {
    api.Create.mockRejectedValue({ code: 'invalid', field: 'city', reason: 'too_long', message: 'x', params: { max: 100, got: 101 } })
    const w = mountForm('en')
    await flushPromises()
    await type('input-name', 'Northwind')
    $<HTMLButtonElement>('[data-testid="customer-save"]')!.click()
    await flushPromises()
    expect($('[data-testid="error-city"]')?.textContent).toBe('At most 100 characters (got 101).')
    expect($('[data-testid="error-name"]')).toBeNull()
    w.unmount()
  })

  it('sends the typed customer and reports it saved', async () => {
    api.Create.mockResolvedValue({ id: 'u1', number: 17, name: '杭州测试软件有限公司' })
    const onSaved = vi.fn()
    const w = mountForm('zh-CN', onSaved)
    await flushPromises()
    await type('input-name', '杭州测试软件有限公司')
    $<HTMLButtonElement>('[data-testid="customer-save"]')!.click()
    await flushPromises()
    expect(api.Create.mock.calls[0][0]).toMatchObject({ name: '杭州测试软件有限公司', stage: 'lead', channel: 'other', tags: [] })
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ number: 17 }), true)
    w.unmount()
  })
})
