import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { NConfigProvider, NMessageProvider } from 'naive-ui'
import { makeI18n } from '@/i18n'
import { useCallbacksStore, type CallbackList } from '@/stores/callbacks'
import { useContractsStore } from '@/stores/contracts'
import { useInteractionsStore, type FollowUps } from '@/stores/interactions'
import { useTicketsStore, type TicketPage } from '@/stores/tickets'
import RenewalsCard from './RenewalsCard.vue'
import TicketsDueCard from './TicketsDueCard.vue'
import TodayCounters from './TodayCounters.vue'

vi.mock('@/wailsjs/go/api/Tickets', () => ({}))
const renewals = Array.from({ length: 30 }, (_, n) => ({
  contract: { id: `k${n}`, number: n + 1, customerId: `c${n}`, endDate: '2026-12-20' },
  customerName: `客户${n}`,
  customerRef: `C-${n}`,
  tierName: '5x8',
  daysLeft: 26,
  step: 30,
}))
vi.mock('@/wailsjs/go/api/Contracts', () => ({ Renewals: () => Promise.resolve(renewals) }))

const stub = { render: () => null }
function mountIt(component: unknown, props: Record<string, unknown> = {}, locale: 'en' | 'zh-CN' = 'en') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: ['/', '/tickets', '/tickets/:id', '/customers/:id'].map((path, n) => ({ path, name: ['home', 'tickets', 'ticket', 'customer'][n], component: stub })),
  })
  const pinia = createPinia()
  setActivePinia(pinia)
  const Host = defineComponent({ setup: () => () => h(NConfigProvider, null, () => h(NMessageProvider, null, () => h(component as never, props))) })
  return { mount: () => mount(Host, { global: { plugins: [pinia, makeI18n(locale), router] } }) }
}

const NOW = '2026-11-24T10:00:00Z'
const row = (n: number, due: string) => ({ id: `t${n}`, number: n, customerName: `客户${n}`, title: `停机 ${n}`, priority: 'P1', status: 'open', sla: { due, atRiskAt: due, breached: true, paused: false } })
const page = (rows: unknown[], total: number) => ({ rows, total, counts: { open: 30, atRisk: 2, breached: total }, now: NOW }) as unknown as TicketPage

describe('TodayCounters', () => {
  it('counts what needs action today; the ticket counters open their queues', async () => {
    const m = mountIt(TodayCounters)
    useTicketsStore().home = { breached: page([], 12), atRisk: page([], 2) }
    useInteractionsStore().followUps = { overdueTotal: 3, dueTodayTotal: 1 } as FollowUps
    useCallbacksStore().open = { rows: [], total: 5, due: 2 } as unknown as CallbackList
    const w = m.mount()
    await flushPromises()
    const count = (id: string) => w.find(`[data-testid="${id}"]`).attributes('data-count')
    expect([count('support-breached'), count('support-at_risk'), count('support-open')]).toEqual(['12', '2', '30'])
    expect([count('counter-overdue-follow-ups'), count('counter-follow-ups-today'), count('counter-callbacks-due')]).toEqual(['3', '1', '2'])
    expect(w.find('[data-testid="support-breached"]').attributes('href')).toContain('/tickets?view=breached')
    // The renewals have not loaded: a dash, not a zero.
    expect(count('counter-renewals-due')).toBe('')
    expect(w.find('[data-testid="counter-renewals-due"]').text()).toContain('–')
    useContractsStore().renewals = [{ daysLeft: 3 }, { daysLeft: 45 }] as never
    await flushPromises()
    expect(count('counter-renewals-due')).toBe('1')
  })

  it('asks the page to show every overdue follow-up', async () => {
    const w = mountIt(TodayCounters).mount()
    await w.find('[data-testid="counter-overdue-follow-ups"]').trigger('click')
    expect(w.findComponent(TodayCounters).emitted('showOverdue')).toHaveLength(1)
  })
})

describe('TicketsDueCard', () => {
  it('lists the breached tickets, how long overdue, each opening its ticket, and links to the queue', async () => {
    const m = mountIt(TicketsDueCard, { view: 'breached' }, 'zh-CN')
    useTicketsStore().home = { breached: page([row(7, '2026-11-24T08:50:00Z'), row(9, '2026-11-24T09:30:00Z')], 12), atRisk: page([], 0) }
    const w = m.mount()
    await flushPromises()
    const rows = w.findAll('[data-testid="home-ticket"]')
    expect(rows).toHaveLength(2)
    expect(rows[0].text()).toContain('T-0007')
    expect(rows[0].text()).toContain('客户7')
    expect(rows[0].find('[data-testid="home-ticket-due"]').text()).toBe('已超时 1 小时 10 分钟')
    expect(rows[0].attributes('href')).toContain('/tickets/t7')
    expect(w.find('[data-testid="home-breached-count"]').text()).toBe('12')
    expect(w.find('[data-testid="home-breached-all-link"]').text()).toBe('全部 12 条 →')
  })

  it('says so when no ticket is at risk', async () => {
    const m = mountIt(TicketsDueCard, { view: 'at_risk' })
    useTicketsStore().home = { breached: page([], 0), atRisk: page([], 0) }
    const w = m.mount()
    await flushPromises()
    expect(w.find('[data-testid="home-at-risk-empty"]').text()).toBe('No ticket is close to its SLA due time.')
  })
})

describe('RenewalsCard', () => {
  it('draws the first renewals of many, and all of them on "Show all"', async () => {
    const w = mountIt(RenewalsCard).mount()
    await flushPromises()
    expect(w.find('[data-testid="renewals-count"]').text()).toBe('30')
    expect(w.findAll('[data-testid="renewal-row"]')).toHaveLength(12)
    expect(w.text()).toContain('showing 12 of 30')
    await w.find('[data-testid="renewals-all"]').trigger('click')
    expect(w.findAll('[data-testid="renewal-row"]')).toHaveLength(30)
    expect(w.find('[data-testid="renewals-all"]').exists()).toBe(false)
  })
})
