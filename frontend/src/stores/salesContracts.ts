import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import * as SalesContracts from '@/wailsjs/go/api/SalesContracts'
import type { api, backend } from '@/wailsjs/go/models'
import { invalid } from '@/lib/errors'
import type { ListFormat, ListLabels, SalesLedger } from '@/lib/listLabels'
import { amountInput, parseAmount, parseRate, rateText, RATE_SCALE } from '@/lib/money'
import { call } from './call'

export type SalesContract = backend.SalesContract
export type SalesContractRow = backend.SalesContractRow
export type ContractMoney = backend.ContractMoney
export type Receivable = backend.Receivable
export type ReceivablesPage = backend.ReceivablesPage
export type Licence = backend.Licence
export type LicenceDue = backend.LicenceDue
export type LicencesDuePage = backend.LicencesDuePage
/** How many overdue contracts the home page lists (the count is all of them). */
export const HOME_OVERDUE = 8
/** How many licences due the home page lists (the count is all of them). */
export const HOME_LICENCES = 8

/** One row of a contract's plan, invoices or payments as the form edits it: amounts as typed. */
export interface InstalmentInput {
  label: string
  trigger: string
  dueOn: string
  amount: string
  deploymentId: string // '' when it follows no deployment
}
export interface InvoiceInput {
  number: string
  date: string
  amount: string
}
export interface PaymentInput {
  date: string
  amount: string
  method: string
  note: string
}
/** A licence as the form edits it: its seats as typed. */
export interface LicenceInput {
  key: string
  seats: string
  startsOn: string
  expiresOn: string
}

/** What the sales contract form edits. */
export interface SalesContractInput {
  customerId: string
  dealId: string
  title: string
  signedOn: string
  amount: string
  currency: string
  rate: string
  licence: string
  termMonths: number | null
  seats: number | null
  maintenanceId: string
  plan: InstalmentInput[]
  invoices: InvoiceInput[]
  payments: PaymentInput[]
  licences: LicenceInput[]
  notes: string
}

const ZERO_ID = '00000000-0000-0000-0000-000000000000'
const id = (v: string) => (v && v !== ZERO_ID ? v : '')

export function emptySalesContract(customerId: string): SalesContractInput {
  return {
    customerId, dealId: '', title: '', signedOn: '', amount: '', currency: 'CNY', rate: '', licence: 'perpetual', termMonths: null,
    seats: null, maintenanceId: '', plan: [], invoices: [], payments: [], licences: [], notes: '',
  }
}

export function salesContractInput(c: SalesContract): SalesContractInput {
  return {
    customerId: c.customerId, dealId: id(c.dealId), title: c.title, signedOn: c.signedOn, amount: amountInput(c.amount), currency: c.currency,
    rate: c.currency === 'CNY' ? '' : rateText(c.rate), licence: c.licence, termMonths: c.termMonths || null, seats: c.seats || null,
    maintenanceId: id(c.maintenanceId),
    plan: (c.plan ?? []).map((p) => ({ label: p.label, trigger: p.trigger, dueOn: p.dueOn, amount: amountInput(p.amount), deploymentId: id(p.deploymentId) })),
    invoices: (c.invoices ?? []).map((i) => ({ number: i.number, date: i.date, amount: amountInput(i.amount) })),
    payments: (c.payments ?? []).map((p) => ({ date: p.date, amount: amountInput(p.amount), method: p.method, note: p.note })),
    licences: (c.licences ?? []).map((l) => ({ key: l.key, seats: l.seats ? String(l.seats) : '', startsOn: l.startsOn, expiresOn: l.expiresOn })),
    notes: c.notes,
  }
}

/** Hundredths of a typed amount ('' is 0); text that is not an amount is refused under field. */
function amountOf(text: string, field: string): number {
  if (!text.trim()) return 0
  const v = parseAmount(text)
  if (v === null) throw invalid(field, 'not_amount')
  return v
}

/** A typed count of seats ('' is 0; full-width digits from an IME are read too); anything else is
 * refused under field. The range is the backend's to check. */
function seatsOf(text: string, field: string): number {
  const digits = text.normalize('NFKC').trim()
  if (!digits) return 0
  if (!/^\d{1,9}$/.test(digits)) throw invalid(field, 'not_count')
  return Number(digits)
}

/**
 * The body a save sends: amounts as exact hundredths, the rate in millionths, empty links left
 * out (Go cannot decode "" into a uuid). Typed text that is not an amount is refused here, under
 * its field; every other check is the backend's.
 */
export function salesContractBody(input: SalesContractInput, existing?: SalesContract): SalesContract {
  let rate = RATE_SCALE
  if (input.currency !== 'CNY') {
    const r = input.rate.trim() ? parseRate(input.rate) : 0
    if (r === null) throw invalid('rate', 'not_rate')
    rate = r
  }
  const out: Record<string, unknown> = {
    ...(existing ?? {}), ...input, rate, amount: amountOf(input.amount, 'amount'), termMonths: input.termMonths ?? 0, seats: input.seats ?? 0,
    plan: input.plan.map(({ deploymentId, ...p }) => ({ ...p, amount: amountOf(p.amount, 'plan'), ...(deploymentId ? { deploymentId } : {}) })),
    invoices: input.invoices.map((i) => ({ ...i, amount: amountOf(i.amount, 'invoices') })),
    payments: input.payments.map((p) => ({ ...p, amount: amountOf(p.amount, 'payments') })),
    licences: input.licences.map((l) => ({ ...l, seats: seatsOf(l.seats, 'licences') })),
  }
  for (const k of ['customerId', 'dealId', 'maintenanceId']) if (!out[k]) delete out[k]
  return out as unknown as SalesContract
}

/** Sales contracts (销售合同) of a customer, the form's calls, and the receivables (应收回款). */
export const useSalesContractsStore = defineStore('salesContracts', () => {
  // The home page's overdue payments: the most overdue contracts and how many there are.
  const overdue = shallowRef<ReceivablesPage | null>(null)
  async function loadOverdue() {
    overdue.value = await call(SalesContracts.Receivables({ overdueOnly: true, offset: 0, limit: HOME_OVERDUE } as backend.ReceivablesQuery))
  }
  /** A page of every contract with money to come (or only the overdue), most overdue first. */
  const receivables = (overdueOnly: boolean, offset: number, limit: number) =>
    call(SalesContracts.Receivables({ overdueOnly, offset, limit } as backend.ReceivablesQuery))
  // The home page's licences due: the soonest to expire (or lately expired) and how many there are.
  const licencesDue = shallowRef<LicencesDuePage | null>(null)
  async function loadLicencesDue() {
    licencesDue.value = await call(SalesContracts.LicencesDue(HOME_LICENCES))
  }
  const byCustomer = async (customerId: string): Promise<SalesContractRow[]> => (await call(SalesContracts.ByCustomer(customerId))) ?? []
  const save = (input: SalesContractInput, existing?: SalesContract) => {
    const body = salesContractBody(input, existing)
    return existing ? call(SalesContracts.Update(body)) : call(SalesContracts.Create(body))
  }
  const remove = (contractId: string) => call(SalesContracts.Delete(contractId))
  const history = (contractId: string, offset: number, limit: number) => call(SalesContracts.History(contractId, offset, limit))
  /** Saves the receivables (overdueOnly as listed), or every contract, invoice, payment or licence. */
  function exportLedger(ledger: SalesLedger, overdueOnly: boolean, format: ListFormat, labels: ListLabels) {
    const req = { format, labels } as unknown as api.ListExport
    return ledger === 'receivables'
      ? call(SalesContracts.ExportReceivables({ overdueOnly, offset: 0, limit: 0 } as backend.ReceivablesQuery, req))
      : call(SalesContracts.ExportLedger(ledger, req))
  }
  return { exportLedger, overdue, loadOverdue, licencesDue, loadLicencesDue, receivables, byCustomer, save, remove, history }
})
