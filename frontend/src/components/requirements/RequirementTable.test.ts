import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h, nextTick } from 'vue'
import { NConfigProvider, NDialogProvider, NMessageProvider } from 'naive-ui'

const api = vi.hoisted(() => ({ ListByCustomer: vi.fn(), NextStatuses: vi.fn() }))
vi.mock('@/wailsjs/go/api/Requirements', () => api)

import { makeI18n } from '@/i18n'
import { useRequirementsStore } from '@/stores/requirements'
import RequirementTable from './RequirementTable.vue'

const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    number: i + 1,
    customerId: 'c1',
    title: `需求 ${i + 1}`,
    category: 'functional',
    priority: 'must',
    module: '报表',
    status: 'draft',
    tests: {},
  }))

function render() {
  const Host = defineComponent(() => () =>
    h(NConfigProvider, null, () => h(NMessageProvider, () => h(NDialogProvider, () => h(RequirementTable, { customerId: 'c1' })))),
  )
  const stubs = { SinceBaselineBar: true, RequirementForm: true, RequirementDesignTests: true, RequirementHistory: true, ReasonDialog: true }
  return mount(Host, { global: { plugins: [makeI18n('zh-CN')], stubs }, attachTo: document.body })
}

describe('RequirementTable', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    setActivePinia(createPinia())
    vi.resetAllMocks()
    api.ListByCustomer.mockImplementation(async () => ({ rows: rows(80), byStatus: { draft: 80 } })) // a new list each time, as from Go
    api.NextStatuses.mockResolvedValue([])
  })

  it('draws the rows with their testids and status', async () => {
    const w = render()
    await flushPromises()
    expect(w.find('[data-testid="req-table"]').exists()).toBe(true)
    const first = w.find('[data-testid="req-row"]')
    expect(first.attributes('data-status')).toBe('draft')
    expect(first.find('[data-testid="req-title"]').text()).toBe('需求 1')
    w.unmount()
  })

  // A row moved to another status, edited or deleted reloads the customer's list: the user stays
  // at the row they were working on, as with the page's own scroll before (the table scrolled back
  // to its first row after every move).
  it('keeps its scroll position when the list reloads after a change', async () => {
    const w = render()
    await flushPromises()
    const box = w.find('[data-testid="req-table"] .box').element as HTMLElement
    box.scrollTop = 40 * 40
    box.dispatchEvent(new Event('scroll'))
    await nextTick()
    await useRequirementsStore().load('c1')
    await flushPromises()
    expect(box.scrollTop).toBe(1600)
    expect(w.findAll('[data-testid="req-row"]').map((r) => r.find('[data-testid="req-title"]').text())).toContain('需求 41')
    w.unmount()
  })

  // As the main lists: a reload that answers quickly does not flash the loading veil over the rows.
  it('shows the loading veil only for a reload slower than 300 ms', async () => {
    const w = render()
    await flushPromises()
    vi.useFakeTimers()
    let answer = (_: unknown) => {}
    api.ListByCustomer.mockImplementation(() => new Promise((r) => (answer = r)))
    const reload = useRequirementsStore().load('c1')
    await nextTick()
    vi.advanceTimersByTime(200)
    await nextTick()
    expect(w.find('[data-testid="list-loading"]').exists()).toBe(false)
    vi.advanceTimersByTime(150)
    await nextTick()
    expect(w.find('[data-testid="list-loading"]').exists()).toBe(true)
    answer({ rows: rows(80), byStatus: { draft: 80 } })
    await reload
    await nextTick()
    expect(w.find('[data-testid="list-loading"]').exists()).toBe(false)
    vi.useRealTimers()
    w.unmount()
  })
})
