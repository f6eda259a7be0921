import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { defineComponent, h, nextTick } from 'vue'
import { NConfigProvider, NMessageProvider } from 'naive-ui'
import { makeI18n, type Locale } from '@/i18n'

const api = vi.hoisted(() => ({ CheckDataFile: vi.fn() }))
const events = vi.hoisted(() => ({ handlers: {} as Record<string, (...a: unknown[]) => void> }))
vi.mock('@/wailsjs/go/api/System', () => api)
vi.mock('@/wailsjs/runtime/runtime', () => ({
  EventsOn: (name: string, fn: (...a: unknown[]) => void) => {
    events.handlers[name] = fn
    return () => delete events.handlers[name]
  },
}))

import DataFileCheck from './DataFileCheck.vue'

function render(locale: Locale) {
  const Host = defineComponent({ setup: () => () => h(NConfigProvider, null, () => h(NMessageProvider, null, () => h(DataFileCheck))) })
  return mount(Host, { global: { plugins: [createPinia(), makeI18n(locale)] } })
}

// "Check data file" shows the step it is on while it runs, then says plainly what it found.
describe('DataFileCheck', () => {
  it('shows each step, then a clean result', async () => {
    let finish: (v: unknown) => void = () => {}
    api.CheckDataFile.mockReturnValue(new Promise((r) => (finish = r)))
    const w = render('en')
    await w.find('[data-testid="data-check-run"]').trigger('click')
    events.handlers['datacheck:progress'](3, 3)
    await nextTick()
    expect(w.find('[data-testid="data-check-step"]').text()).toBe('Comparing every index with its records…')
    finish({ ok: true, tookMs: 1234, checkedAt: '2026-12-03T08:00:00Z' })
    await flushPromises()
    const result = w.find('[data-testid="data-check-result"]')
    expect(result.attributes('data-ok')).toBe('true')
    expect(result.text()).toContain('No problems found')
    expect(result.text()).toContain('1.2 s')
    expect(events.handlers['datacheck:progress']).toBeUndefined() // no listener left behind
  })

  it('explains damage in the user\'s language and points to a restore', async () => {
    api.CheckDataFile.mockResolvedValue({ ok: false, tookMs: 50, problem: { kind: 'damaged', detail: 'bucket tickets: keys out of order', path: '/x/vendordesk.db' } })
    const w = render('zh-CN')
    await w.find('[data-testid="data-check-run"]').trigger('click')
    await flushPromises()
    const result = w.find('[data-testid="data-check-result"]')
    expect(result.attributes('data-ok')).toBe('false')
    expect(result.text()).toContain('检查发现问题')
    expect(result.text()).toContain('部分内容无法读取')
    expect(result.text()).toContain('恢复…')
    expect(result.find('pre').text()).toBe('bucket tickets: keys out of order')
  })
})
