import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { NConfigProvider, NMessageProvider } from 'naive-ui'
import { makeI18n } from '@/i18n'

const api = vi.hoisted(() => ({ Open: vi.fn(), ByCustomer: vi.fn(), Record: vi.fn(), Suggest: vi.fn(), Satisfaction: vi.fn() }))
vi.mock('@/wailsjs/go/api/Callbacks', () => api)

import type { Callback } from '@/stores/callbacks'
import RecordCallbackForm from './RecordCallbackForm.vue'

const callback = {
  id: 'cb-1', number: 1, customerId: 'c-1', source: 'ticket', sourceId: 't-1', sourceRef: 'T-0001', topic: '登录超时',
  dueOn: '2026-11-25', done: false, doneOn: '', contact: '', score: 0, nps: 0, comments: '', requirements: [],
} as unknown as Callback

function mountForm(locale: 'zh-CN' | 'en', onSaved = vi.fn()) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { render: () => null } }, { path: '/tickets/:id', name: 'ticket', component: { render: () => null } }, { path: '/deployments/:id', name: 'deployment', component: { render: () => null } }] })
  const Host = defineComponent({
    setup: () => () => h(NConfigProvider, null, () => h(NMessageProvider, null, () => h(RecordCallbackForm, { show: true, callback, customerName: '鹏程智造', onSaved }))),
  })
  return mount(Host, { attachTo: document.body, global: { plugins: [createPinia(), makeI18n(locale), router] } })
}

const $ = <T extends Element = HTMLElement>(sel: string) => document.body.querySelector<T>(sel)
const click = async (sel: string) => {
  $<HTMLElement>(sel)!.click()
  await nextTick()
}

describe('RecordCallbackForm', () => {
  beforeEach(() => {
    vi.resetAllMocks()
    document.body.innerHTML = ''
  })

  it('starts with the NPS not asked, and a click on a number answers it', async () => {
    const w = mountForm('en')
    await flushPromises()
    expect($('[data-testid="callback-nps"]')!.dataset.value).toBe('-1')
    expect($('[data-testid="callback-source"]')!.textContent).toContain('Ticket T-0001')
    await click('[data-testid="callback-nps-9"]')
    expect($('[data-testid="callback-nps"]')!.dataset.value).toBe('9')
    expect($('[data-testid="callback-nps-9"]')!.getAttribute('aria-checked')).toBe('true')
    await click('[data-testid="callback-nps-none"]')
    expect($('[data-testid="callback-nps"]')!.dataset.value).toBe('-1')
    w.unmount()
  })

  it('sends the score and NPS chosen, and shows a refused score under its field in Chinese', async () => {
    api.Record.mockRejectedValueOnce({ code: 'invalid', field: 'score', reason: 'range', message: 'The satisfaction score is 1 to 5.', params: { min: 1, max: 5 } })
    const onSaved = vi.fn()
    const w = mountForm('zh-CN', onSaved)
    await flushPromises()
    await click('[data-testid="callback-nps-3"]')
    await click('[data-testid="callback-save"]')
    await flushPromises()
    expect(api.Record).toHaveBeenCalledWith('cb-1', { contact: '', score: 0, nps: 3, comments: '' })
    expect($('[data-testid="error-score"]')!.textContent).toContain('1')
    expect($('[data-testid="error-score"]')!.textContent).toContain('5')
    expect(onSaved).not.toHaveBeenCalled()

    api.Record.mockResolvedValueOnce({ ...callback, done: true, score: 4, nps: 3 })
    const stars = document.body.querySelectorAll<HTMLElement>('[data-testid="callback-score"] .n-rate__item')
    stars[3].click()
    await nextTick()
    expect($('[data-testid="error-score"]')).toBeNull() // a new choice takes the refusal away
    await click('[data-testid="callback-save"]')
    await flushPromises()
    expect(api.Record).toHaveBeenLastCalledWith('cb-1', { contact: '', score: 4, nps: 3, comments: '' })
    expect(onSaved).toHaveBeenCalledTimes(1)
    w.unmount()
  })
})
