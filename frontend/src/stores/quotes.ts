import { defineStore } from 'pinia'
import * as Deals from '@/wailsjs/go/api/Deals'
import * as Documents from '@/wailsjs/go/api/Documents'
import type { api, backend } from '@/wailsjs/go/models'
import { invalid } from '@/lib/errors'
import { amountInput, parseAmount } from '@/lib/money'
import { EXPORT_TIMEOUT_MS } from './baselines'
import { call } from './call'

export type Quote = backend.Quote
export type QuoteRequest = api.QuoteRequest

/** One line of a quote as the form edits it: numbers as typed (quantity and discount too). */
export type QuoteLineInput = {
  item: string
  unit: string
  quantity: string
  unitPrice: string
  discount: string // percent: "15" is 15 %
}

/** What the quote form edits. */
export interface QuoteInput {
  number: number // 0: a new quote
  issuedOn: string
  validUntil: string
  taxRate: string // percent
  lines: QuoteLineInput[]
  terms: string
}

export const blankQuoteLine = (): QuoteLineInput => ({ item: '', unit: '', quantity: '1', unitPrice: '', discount: '' })

export function emptyQuote(today: string): QuoteInput {
  return { number: 0, issuedOn: today, validUntil: '', taxRate: '', lines: [blankQuoteLine()], terms: '' }
}

/** A percent kept in basis points, to edit: 1300 is "13", 650 is "6.5". */
const percentInput = (bp: number) => amountInput(bp)

export function quoteInput(q: Quote): QuoteInput {
  return {
    number: q.number, issuedOn: q.issuedOn, validUntil: q.validUntil, taxRate: percentInput(q.taxRate), terms: q.terms,
    lines: (q.lines ?? []).map((l) => ({ item: l.item, unit: l.unit, quantity: amountInput(l.quantity), unitPrice: amountInput(l.unitPrice), discount: percentInput(l.discount) })),
  }
}

/**
 * Hundredths of a typed number ('' is 0): a quantity, a price, or a percent (hundredths of a
 * percent are basis points). Text that is not a number with at most two decimals is refused under
 * field; ranges are the backend's to check.
 */
function hundredthsOf(text: string, field: string, reason: string): number {
  if (!text.trim()) return 0
  const v = parseAmount(text.replace(/[%％]/g, ''))
  if (v === null) throw invalid(field, reason)
  return v
}

/** The body a save sends: every number exact, in hundredths or basis points. */
export function quoteBody(input: QuoteInput): Quote {
  return {
    number: input.number, issuedOn: input.issuedOn, validUntil: input.validUntil, terms: input.terms,
    taxRate: hundredthsOf(input.taxRate, 'taxRate', 'not_percent'),
    lines: input.lines.map((l) => ({
      item: l.item, unit: l.unit, quantity: hundredthsOf(l.quantity, 'lines', 'not_quantity'), unitPrice: hundredthsOf(l.unitPrice, 'lines', 'not_amount'),
      discount: hundredthsOf(l.discount, 'lines', 'not_percent'),
    })),
  } as unknown as Quote
}

export interface QuoteTotals {
  lines: (number | null)[] // each line's amount, null while it cannot be read
  subtotal: number
  tax: number
  total: number
}

/** a × b / div rounded half up, exact (BigInt: quantity × price × basis points pass 2^53). */
const ratio = (a: bigint, b: bigint, div: bigint) => Number((2n * a * b + div) / (2n * div))

/**
 * The totals as the backend will work them out (backend/quote.go), for the form to show while the
 * user types: each line quantity × price less its discount, rounded half up to the hundredth, the
 * tax on the subtotal. Lines that cannot be read count as nothing.
 */
export function quoteTotals(input: QuoteInput): QuoteTotals {
  const read = (s: string) => (s.trim() ? parseAmount(s.replace(/[%％]/g, '')) : 0)
  const lines = input.lines.map((l) => {
    const [q, p, d] = [read(l.quantity), read(l.unitPrice), read(l.discount)]
    if (q === null || p === null || d === null || q < 0 || p < 0 || d < 0 || d > 10_000) return null
    return ratio(BigInt(q) * BigInt(p), BigInt(10_000 - d), 1_000_000n)
  })
  const subtotal = lines.reduce<number>((s, v) => s + (v ?? 0), 0)
  const rate = read(input.taxRate) ?? 0
  const tax = rate > 0 && rate <= 10_000 ? ratio(BigInt(subtotal), BigInt(rate), 10_000n) : 0
  return { lines, subtotal, tax, total: subtotal + tax }
}

/** A deal's quotes (报价单): save, delete, and write one as a document. */
export const useQuotesStore = defineStore('quotes', () => {
  /** Saves the quote on the deal; setAmount makes its total the deal's amount. The deal comes back. */
  const save = (dealId: string, input: QuoteInput, setAmount: boolean) => call(Deals.SaveQuote(dealId, quoteBody(input), setAmount))
  const remove = (dealId: string, number: number) => call(Deals.DeleteQuote(dealId, number))
  /** Writes the quote where the user chooses (a save dialog); '' when cancelled. */
  async function exportQuote(req: QuoteRequest): Promise<string> {
    return (await call(Documents.ExportQuote(req), EXPORT_TIMEOUT_MS)).path
  }
  return { save, remove, exportQuote }
})
