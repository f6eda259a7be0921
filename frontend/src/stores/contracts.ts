import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import * as Contracts from '@/wailsjs/go/api/Contracts'
import * as ServiceLevels from '@/wailsjs/go/api/ServiceLevels'
import type { backend } from '@/wailsjs/go/models'
import { formatNumber } from '@/lib/format'
import { call } from './call'
import { exportList } from './longCall'
import type { ListFormat, ListLabels } from '@/lib/listLabels'

export type Contract = backend.Contract
export type ContractRow = backend.ContractRow
export type Renewal = backend.Renewal
/** A service tier with its SLA policy's name, as the tier select shows it. */
export interface TierOption {
  id: string
  name: string
  policyName: string
}
/** What the contract form edits: the backend assigns id, number and times. The number inputs
 * are null while empty. */
export interface ContractInput {
  customerId: string
  tierId: string
  startDate: string
  endDate: string
  includedHours: number | null
  price: number | null
  notes: string
}
export type ContractStatus = 'inForce' | 'ended' | 'notStarted'


export function emptyContract(customerId: string): ContractInput {
  return { customerId, tierId: '', startDate: '', endDate: '', includedHours: null, price: null, notes: '' }
}

export function contractInput(c: Contract): ContractInput {
  const { customerId, tierId, startDate, endDate, includedHours, price, notes } = c
  return { customerId, tierId, startDate, endDate, includedHours, price, notes }
}

/** The body a save sends. An empty tier is left out (Go cannot decode "" into a uuid, and a
 * missing one comes back as "required"); empty numbers are 0. */
function body(input: ContractInput, existing?: Contract): Contract {
  const out: Record<string, unknown> = { ...(existing ?? {}), ...input, includedHours: input.includedHours ?? 0, price: input.price ?? 0 }
  if (!out.tierId) delete out.tierId
  return out as unknown as Contract
}

/** In force (the backend's word for today), otherwise not started yet or ended by the dates. */
export function contractStatus(row: ContractRow, today: string): ContractStatus {
  if (row.inForce) return 'inForce'
  return row.contract.startDate > today ? 'notStarted' : 'ended'
}

const oneDecimal = new Map<string, Intl.NumberFormat>()
/** Hours with exactly one decimal: 2.0, 1,234.5. */
export function formatHours(hours: number, locale: string): string {
  let f = oneDecimal.get(locale)
  if (!f) {
    f = new Intl.NumberFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
    oneDecimal.set(locale, f)
  }
  return f.format(hours)
}

/** Used and included hours of a contract, and how far the use is over (0 when within). */
export function contractHours(row: ContractRow, locale: string) {
  const used = row.usedMinutes / 60
  const included = row.contract.includedHours
  const over = Math.max(0, used - included)
  const percent = included > 0 ? Math.min(100, Math.round((used / included) * 100)) : used > 0 ? 100 : 0
  return { used: formatHours(used, locale), included: formatNumber(included, locale), over: over > 0 ? formatHours(over, locale) : '', percent }
}

/** The tag colour of a renewal reminder step: a week red, a month amber, later calmer. */
export function renewalTagType(step: number): 'error' | 'warning' | 'info' | 'default' {
  if (step <= 7) return 'error'
  if (step <= 30) return 'warning'
  if (step <= 60) return 'info'
  return 'default'
}

/** Maintenance contracts (维保合同): a customer's list, the tiers to choose from, and the
 * renewals due on the home page. */
export const useContractsStore = defineStore('contracts', () => {
  const rows = shallowRef<ContractRow[]>([])
  const rowsOf = ref('')
  const loading = ref(false)
  const tiers = shallowRef<TierOption[]>([])
  const tiersLoading = ref(false)
  const renewals = shallowRef<Renewal[] | null>(null)

  /** The contracts of one customer, newest start first. */
  async function loadCustomer(customerId: string) {
    if (rowsOf.value !== customerId) rows.value = []
    rowsOf.value = customerId
    loading.value = true
    try {
      const got = (await call(Contracts.ByCustomer(customerId))) ?? []
      if (rowsOf.value === customerId) rows.value = got
    } finally {
      loading.value = false
    }
  }

  /** The service tiers with their policies' names, for the tier select. */
  async function loadTiers() {
    tiersLoading.value = true
    try {
      const levels = await call(ServiceLevels.List())
      const policies = new Map((levels?.policies ?? []).map((p) => [p.id, p.name]))
      tiers.value = (levels?.tiers ?? []).map((t) => ({ id: t.id, name: t.name, policyName: policies.get(t.policyId) ?? '' }))
    } finally {
      tiersLoading.value = false
    }
  }

  async function loadRenewals() {
    renewals.value = (await call(Contracts.Renewals())) ?? []
  }

  /** Creates (no existing) or updates a contract, then reloads the customer's list and, when it
   * was loaded, the renewals (a new contract may renew an old one). */
  async function save(input: ContractInput, existing?: Contract): Promise<Contract> {
    const saved = existing ? await call(Contracts.Update(body(input, existing))) : await call(Contracts.Create(body(input)))
    await refresh(input.customerId)
    return saved
  }

  async function remove(c: Contract) {
    await call(Contracts.Delete(c.id))
    await refresh(c.customerId)
  }

  async function refresh(customerId: string) {
    await Promise.all([rowsOf.value === customerId ? loadCustomer(customerId) : null, renewals.value ? loadRenewals() : null])
  }

  /** Saves a customer's contracts as CSV or Excel. */
  const exportContracts = (customerId: string, format: ListFormat, labels: ListLabels) => exportList(Contracts.Export, customerId, format, labels)

  return { exportList: exportContracts, rows, rowsOf, loading, tiers, tiersLoading, renewals, loadCustomer, loadTiers, loadRenewals, save, remove }
})
