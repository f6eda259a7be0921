import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { NConfigProvider, NMessageProvider } from 'naive-ui'
import { makeI18n } from '@/i18n'
import { todayISODate } from '@/lib/format'

const api = vi.hoisted(() => ({ Open: vi.fn(), ByCustomer: vi.fn(), Record: vi.fn(), Suggest: vi.fn(), Satisfaction: vi.fn() }))
vi.mock('@/wailsjs/go/api/Callbacks', () => api)

import CallbacksCard from './CallbacksCard.vue'

const stub = { render: () => null }
function mountCard(locale: 'zh-CN' | 'en' = 'en') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: stub },
      { path: '/customers/:id', name: 'customer', component: stub },
      { path: '/tickets/:id', name: 'ticket', component: stub },
      { path: '/deployments/:id', name: 'deployment', component: stub },
    ],
  })
  const Host = defineComponent({ setup: () => () => h(NConfigProvider, null, () => h(NMessageProvider, null, () => h(CallbacksCard))) })
  return mount(Host, { global: { plugins: [createPinia(), makeI18n(locale), router] } })
}

const row = (n: number, source: string, dueOn: string, sourceRef: string, topic: string) => ({
  customerName: `客户${n}`,
  callback: { id: `cb${n}`, number: n, customerId: `c${n}`, source, sourceId: `s${n}`, sourceRef, topic, dueOn, done: false },
})

describe('CallbacksCard', () => {
  beforeEach(() => vi.resetAllMocks())

  it('says so when there is no callback to make', async () => {
    api.Open.mockResolvedValue({ rows: null, total: 0 })
    const w = mountCard('zh-CN')
    await flushPromises()
    expect(api.Open).toHaveBeenCalledWith(20)
    expect(w.find('[data-testid="callbacks-empty"]').text()).toBe('没有待回访的客户。')
    expect(w.find('[data-testid="callbacks-title"]').text()).toBe('待回访')
  })

  it('lists what each callback follows, marks overdue and today, and counts the rest', async () => {
    const today = todayISODate()
    api.Open.mockResolvedValue({
      rows: [row(1, 'ticket', '2020-01-01', 'T-0001', '登录超时'), row(2, 'go_live', today, 'D-0003', '2.3.0'), row(3, 'training', '2999-01-01', 'D-0003', '2026-11-21 审批流程培训')],
      total: 25,
    })
    const w = mountCard()
    await flushPromises()
    const rows = w.findAll('[data-testid="callback-row"]')
    expect(rows.map((r) => r.attributes('data-source'))).toEqual(['ticket', 'go_live', 'training'])
    expect(rows.map((r) => r.find('[data-testid="callback-due"]').attributes('data-state'))).toEqual(['overdue', 'today', 'later'])
    expect(rows[0].find('[data-testid="callback-source"]').text()).toBe('Ticket T-0001 · 登录超时')
    expect(rows[1].find('[data-testid="callback-source"]').text()).toBe('Go-live D-0003 · 2.3.0')
    expect(rows[2].find('[data-testid="callback-source"]').text()).toBe('Training D-0003 · 2026-11-21 审批流程培训')
    expect(rows[0].find('a[data-testid="callback-source-link"]').attributes('href')).toBe('/tickets/s1')
    expect(rows[1].find('a[data-testid="callback-source-link"]').attributes('href')).toBe('/deployments/s2')
    expect(rows[0].find('[data-testid="callback-due"]').text()).toBe('Overdue · 1 Jan 2020')
    expect(w.find('[data-testid="callbacks-count"]').text()).toBe('25')
    expect(w.find('[data-testid="callbacks-more"]').text()).toBe('showing 3 of 25')
    expect(w.find('[data-testid="callbacks-empty"]').exists()).toBe(false)
  })
})
