import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { formatMoney } from '@/lib/format'

const api = vi.hoisted(() => ({ ByCustomer: vi.fn(), Create: vi.fn(), Update: vi.fn(), Delete: vi.fn(), Renewals: vi.fn() }))
const levels = vi.hoisted(() => ({ List: vi.fn() }))
vi.mock('@/wailsjs/go/api/Contracts', () => api)
vi.mock('@/wailsjs/go/api/ServiceLevels', () => levels)

import { contractHours, contractInput, contractStatus, emptyContract, formatHours, renewalTagType, useContractsStore, type Contract, type ContractRow } from './contracts'
import { contractRef } from '@/lib/refs'

function contract(extra: Partial<Contract> = {}): Contract {
  return {
    id: 'k-1',
    number: 1,
    customerId: 'c-1',
    tierId: 't-1',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    includedHours: 40,
    price: 12000,
    notes: '',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...extra,
  } as Contract
}
function row(extra: Partial<ContractRow> = {}, c: Partial<Contract> = {}): ContractRow {
  return { contract: contract(c), tierName: '5x8', policyName: '5x8', usedMinutes: 0, inForce: true, ...extra } as ContractRow
}
const wire = (e: object) => new Error(JSON.stringify(e))

describe('contract formatting', () => {
  it('numbers maintenance contracts MC-0001 (SC- is for sales contracts)', () => {
    expect(contractRef(1)).toBe('MC-0001')
    expect(contractRef(123)).toBe('MC-0123')
  })

  it('tells in force, not started yet and ended apart', () => {
    expect(contractStatus(row(), '2026-06-01')).toBe('inForce')
    expect(contractStatus(row({ inForce: false }), '2025-12-31')).toBe('notStarted')
    expect(contractStatus(row({ inForce: false }), '2027-01-01')).toBe('ended')
  })

  it('shows used hours with one decimal against the included ones', () => {
    expect(contractHours(row(), 'en')).toEqual({ used: '0.0', included: '40', over: '', percent: 0 })
    expect(contractHours(row({ usedMinutes: 120 }), 'en')).toMatchObject({ used: '2.0', percent: 5 })
    expect(contractHours(row({ usedMinutes: 45 }), 'zh-CN')).toMatchObject({ used: '0.8' })
    expect(contractHours(row({ usedMinutes: 2430 }, { includedHours: 37.5 }), 'en')).toEqual({ used: '40.5', included: '37.5', over: '3.0', percent: 100 })
    // No hours included: any use is over.
    expect(contractHours(row({ usedMinutes: 30 }, { includedHours: 0 }), 'en')).toMatchObject({ over: '0.5', percent: 100 })
    expect(formatHours(1234.56, 'en')).toBe('1,234.6')
  })

  it('formats money in the currency of Settings per locale', () => {
    expect(formatMoney(12000, 'CNY', 'zh-CN')).toBe('¥12,000.00')
    expect(formatMoney(12000, 'CNY', 'en')).toBe('CN¥12,000.00')
    expect(formatMoney(99.5, 'USD', 'en')).toBe('US$99.50')
    expect(formatMoney(12000, 'not a code', 'en')).toBe('not a code 12,000')
  })

  it('colours a renewal by its step', () => {
    expect([7, 30, 60, 90].map(renewalTagType)).toEqual(['error', 'warning', 'info', 'default'])
  })
})

describe('contracts store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
    api.ByCustomer.mockResolvedValue([])
    api.Renewals.mockResolvedValue([])
  })

  it('lists a customer’s contracts, null as none, and drops another customer’s rows', async () => {
    const s = useContractsStore()
    api.ByCustomer.mockResolvedValueOnce([row()])
    await s.loadCustomer('c-1')
    expect(s.rows).toHaveLength(1)
    expect(api.ByCustomer).toHaveBeenCalledWith('c-1')
    api.ByCustomer.mockResolvedValueOnce(null)
    await s.loadCustomer('c-2')
    expect(s.rows).toEqual([])
    expect(s.rowsOf).toBe('c-2')
  })

  it('names each tier’s policy for the select', async () => {
    levels.List.mockResolvedValue({
      policies: [{ id: 'p-1', name: 'Office hours' }, { id: 'p-2', name: 'Always' }],
      tiers: [{ id: 't-1', name: '5x8', policyId: 'p-1' }, { id: 't-2', name: '7x24', policyId: 'p-2' }, { id: 't-3', name: 'Odd', policyId: 'gone' }],
    })
    const s = useContractsStore()
    await s.loadTiers()
    expect(s.tiers).toEqual([
      { id: 't-1', name: '5x8', policyName: 'Office hours' },
      { id: 't-2', name: '7x24', policyName: 'Always' },
      { id: 't-3', name: 'Odd', policyName: '' },
    ])
    levels.List.mockResolvedValue({ policies: null, tiers: null })
    await s.loadTiers()
    expect(s.tiers).toEqual([])
  })

  it('creates with the form fields only, leaving out an empty tier, empty numbers as 0', async () => {
    api.Create.mockResolvedValue(contract())
    const s = useContractsStore()
    await s.loadCustomer('c-1')
    await s.save({ ...emptyContract('c-1'), startDate: '2026-01-01', endDate: '2026-12-31' })
    const sent = api.Create.mock.calls[0][0]
    expect(sent).toEqual({ customerId: 'c-1', startDate: '2026-01-01', endDate: '2026-12-31', includedHours: 0, price: 0, notes: '' })
    expect(sent).not.toHaveProperty('id')
    expect(sent).not.toHaveProperty('tierId')
    expect(api.ByCustomer).toHaveBeenCalledTimes(2)
    // The renewals are not asked for until the home page loaded them once.
    expect(api.Renewals).not.toHaveBeenCalled()
  })

  it('updates the whole contract with the edited fields, and refreshes loaded renewals', async () => {
    const old = contract()
    api.Update.mockResolvedValue({ ...old, tierId: 't-2' })
    const s = useContractsStore()
    await s.loadRenewals()
    await s.save({ ...contractInput(old), tierId: 't-2', includedHours: 80 }, old)
    expect(api.Update).toHaveBeenCalledWith({ ...old, tierId: 't-2', includedHours: 80 })
    expect(api.Renewals).toHaveBeenCalledTimes(2)
  })

  it('passes a refusal on with its field', async () => {
    api.Create.mockRejectedValue(wire({ code: 'invalid', field: 'endDate', reason: 'date_order', message: 'x', params: { date: '2026-01-01' } }))
    const s = useContractsStore()
    await expect(s.save({ ...emptyContract('c-1'), tierId: 't-1', startDate: '2026-01-01', endDate: '2025-01-01' })).rejects.toMatchObject({
      field: 'endDate',
      reason: 'date_order',
      params: { date: '2026-01-01' },
    })
  })

  it('deletes and reloads; a contract with tickets is refused', async () => {
    api.Delete.mockResolvedValueOnce(true)
    const s = useContractsStore()
    await s.loadCustomer('c-1')
    await s.remove(contract())
    expect(api.Delete).toHaveBeenCalledWith('k-1')
    expect(api.ByCustomer).toHaveBeenCalledTimes(2)
    api.Delete.mockRejectedValueOnce(wire({ code: 'conflict', reason: 'contract_has_tickets', message: 'x', field: '', params: { ref: 'SC-0001', count: 2 } }))
    await expect(s.remove(contract())).rejects.toMatchObject({ code: 'conflict', reason: 'contract_has_tickets', params: { ref: 'SC-0001' } })
  })

  it('loads the renewals, null as none', async () => {
    const s = useContractsStore()
    expect(s.renewals).toBeNull()
    api.Renewals.mockResolvedValueOnce(null)
    await s.loadRenewals()
    expect(s.renewals).toEqual([])
  })
})
