import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { NConfigProvider, NMessageProvider } from 'naive-ui'
import { makeI18n } from '@/i18n'

const api = vi.hoisted(() => ({ List: vi.fn(), SavePolicy: vi.fn(), DeletePolicy: vi.fn(), SaveTier: vi.fn(), DeleteTier: vi.fn() }))
vi.mock('@/wailsjs/go/api/ServiceLevels', () => api)

import PolicyForm from './PolicyForm.vue'

function mountForm(locale: 'zh-CN' | 'en', onSaved = vi.fn()) {
  const Host = defineComponent({
    setup: () => () => h(NConfigProvider, null, () => h(NMessageProvider, null, () => h(PolicyForm, { show: true, policy: null, onSaved }))),
  })
  return mount(Host, { attachTo: document.body, global: { plugins: [createPinia(), makeI18n(locale)] } })
}

// The drawer teleports to <body>; query the document like a user looks at the screen.
const $ = <T extends Element = HTMLElement>(sel: string) => document.body.querySelector<T>(sel)
const $$ = <T extends Element = HTMLElement>(sel: string) => [...document.body.querySelectorAll<T>(sel)]

async function type(el: HTMLInputElement, value: string) {
  el.value = value
  el.dispatchEvent(new Event('input'))
  await nextTick()
}
const day = (d: number) => $(`[data-testid="policy-day-${d}"]`)!
const starts = (d: number) => [...day(d).querySelectorAll<HTMLInputElement>('[data-testid="interval-start"]')]
const ends = (d: number) => [...day(d).querySelectorAll<HTMLInputElement>('[data-testid="interval-end"]')]

describe('PolicyForm', () => {
  beforeEach(() => {
    vi.resetAllMocks()
    api.List.mockResolvedValue({ policies: [], tiers: [] })
    document.body.innerHTML = ''
  })

  it('starts with office hours Monday to Friday and copies Monday to the week', async () => {
    const w = mountForm('en')
    await flushPromises()
    expect(starts(1).map((i) => i.value)).toEqual(['09:00', '13:00'])
    expect(starts(6)).toHaveLength(0)
    expect(starts(0)).toHaveLength(0)
    day(1).querySelectorAll<HTMLButtonElement>('[data-testid="interval-remove"]')[1].click()
    await nextTick()
    await type(ends(1)[0], '17:30')
    $<HTMLButtonElement>('[data-testid="policy-copy-monday"]')!.click()
    await nextTick()
    for (const d of [2, 3, 4, 5]) expect(ends(d).map((i) => i.value)).toEqual(['17:30'])
    expect(starts(6)).toHaveLength(0)
    day(6).querySelector<HTMLButtonElement>('[data-testid="interval-add"]')!.click()
    await nextTick()
    expect(starts(6).map((i) => i.value)).toEqual(['09:00'])
    w.unmount()
  })

  it('shows an overlap under the week in Chinese, marks the day and keeps what was typed', async () => {
    api.SavePolicy.mockRejectedValue(
      new Error(JSON.stringify({ code: 'invalid', field: 'week', reason: 'interval_overlap', message: 'Two intervals of Monday overlap.', params: { day: 1 } })),
    )
    const onSaved = vi.fn()
    const w = mountForm('zh-CN', onSaved)
    await flushPromises()
    await type($<HTMLInputElement>('[data-testid="policy-name"]')!, '5x8 华东')
    await type(ends(1)[0], '12:30')
    await type(starts(1)[1], '12:00')
    $<HTMLButtonElement>('[data-testid="policy-save"]')!.click()
    await flushPromises()
    expect($('[data-testid="error-week"]')?.textContent).toBe('同一天的两个工作时段重叠。')
    expect(day(1).classList.contains('sl-day--error')).toBe(true)
    expect(ends(1)[0].value).toBe('12:30')
    expect($<HTMLInputElement>('[data-testid="policy-name"]')!.value).toBe('5x8 华东')
    expect(onSaved).not.toHaveBeenCalled()
    const sent = api.SavePolicy.mock.calls[0][0]
    expect(sent.calendar.week[1]).toEqual([{ start: '09:00', end: '12:30' }, { start: '12:00', end: '18:00' }])
    w.unmount()
  })

  it('shows a target error under the targets and sends the typed minutes', async () => {
    api.SavePolicy.mockRejectedValue({ code: 'invalid', field: 'targets', reason: 'target_range', message: 'x', params: { priority: 'P2', max: 525600 } })
    const w = mountForm('en')
    await flushPromises()
    const input = $<HTMLInputElement>('[data-testid="target-P1-firstResponse"]')!
    await type(input, '90')
    input.dispatchEvent(new Event('blur'))
    await nextTick()
    $<HTMLButtonElement>('[data-testid="policy-save"]')!.click()
    await flushPromises()
    expect($('[data-testid="error-targets"]')?.textContent).toBe('P2: a target is 0 to 525600 minutes.')
    expect(api.SavePolicy.mock.calls[0][0].targets.P1.firstResponse).toBe(90)
    expect(document.body.textContent).toContain('1 h 30 min')
    expect($$('[data-testid^="target-P"]')).toHaveLength(12)
    w.unmount()
  })
})
