import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { NConfigProvider, NDialogProvider, NMessageProvider } from 'naive-ui'
import { makeI18n } from '@/i18n'

const api = vi.hoisted(() => ({ ByCustomer: vi.fn(), Create: vi.fn(), Update: vi.fn(), Delete: vi.fn(), Renewals: vi.fn() }))
vi.mock('@/wailsjs/go/api/Contracts', () => api)
vi.mock('@/wailsjs/go/api/ServiceLevels', () => ({ List: vi.fn().mockResolvedValue({ policies: [], tiers: [] }) }))

import ContractsCard from './ContractsCard.vue'

function row(n: number, startDate: string, endDate: string, inForce: boolean, usedMinutes: number, includedHours: number) {
  return {
    contract: { id: `k${n}`, number: n, customerId: 'c1', tierId: 't1', startDate, endDate, includedHours, price: 12000, notes: '' },
    tierName: '5x8',
    policyName: '5x8',
    usedMinutes,
    inForce,
  }
}

function mountCard() {
  const Host = defineComponent({
    setup: () => () =>
      h(NConfigProvider, null, () => h(NMessageProvider, null, () => h(NDialogProvider, null, () => h(ContractsCard, { customerId: 'c1' })))),
  })
  return mount(Host, { global: { plugins: [createPinia(), makeI18n('en')] } })
}

describe('ContractsCard', () => {
  beforeEach(() => vi.clearAllMocks())

  it('says that without a contract tickets are out of contract', async () => {
    api.ByCustomer.mockResolvedValue([])
    const w = mountCard()
    await flushPromises()
    expect(w.find('[data-testid="contracts-empty"]').text()).toContain('out of contract')
    expect(api.ByCustomer).toHaveBeenCalledWith('c1')
  })

  it('shows each contract’s status and its hours, with a warning when over', async () => {
    api.ByCustomer.mockResolvedValue([
      row(3, '2999-01-01', '2999-12-31', false, 0, 40),
      row(2, '2020-01-01', '2999-12-31', true, 2850, 40),
      row(1, '2019-01-01', '2019-12-31', false, 120, 40),
    ])
    const w = mountCard()
    await flushPromises()
    const rows = w.findAll('[data-testid="contract-row"]')
    expect(rows).toHaveLength(3)
    expect(rows.map((r) => r.find('[data-testid="contract-status"]').text())).toEqual(['Not started yet', 'In force', 'Ended'])
    expect(rows[0].find('[data-testid="contract-hours"]').text()).toBe('0.0 / 40 h')
    expect(rows[1].find('[data-testid="contract-hours-over"]').text()).toBe('7.5 h over')
    expect(rows[2].find('[data-testid="contract-hours-text"]').text()).toBe('2.0 / 40 h')
    expect(rows[2].find('[data-testid="contract-hours-over"]').exists()).toBe(false)
    expect(rows[1].text()).toContain('MC-0002')
    expect(rows[1].text()).toContain('CN¥12,000.00')
  })
})
