import { defineStore } from 'pinia'
import { reactive, ref, shallowRef } from 'vue'
import * as Deals from '@/wailsjs/go/api/Deals'
import * as Interactions from '@/wailsjs/go/api/Interactions'
import * as Requirements from '@/wailsjs/go/api/Requirements'
import type { backend } from '@/wailsjs/go/models'
import { withReason, type AskGate } from '@/lib/gates'
import { invalid, type AppError } from '@/lib/errors'
import type { ListFormat, ListLabels } from '@/lib/listLabels'
import { amountInput, parseAmount, parseRate, rateText, RATE_SCALE } from '@/lib/money'
import { interactionRef, requirementRef } from '@/lib/refs'
import { call } from './call'
import { exportList } from './longCall'
import { usePaging } from './paging'

export type Deal = backend.Deal
export type DealRow = backend.DealRow
export type DealListRow = backend.DealListRow
export type DealColumn = backend.DealColumn
export type DealDetail = backend.DealDetail
export type LinkedRecord = backend.LinkedRecord
export const DEAL_PAGE_SIZES = [20, 50, 100]
export const DEAL_BOARD_CARDS = 30

export interface DealFilter {
  customerId: string
  search: string
  stages: string[]
  channels: string[]
}

/** What the deal form edits: amounts and rates as typed (read exactly by lib/money), links by id. */
export interface DealInput {
  customerId: string
  title: string
  amount: string
  currency: string
  rate: string
  stage: string
  probability: number | null
  expectedClose: string
  closedOn: string
  channel: string
  products: string[]
  nextStep: string
  lostReason: string
  notes: string
  interactionIds: string[]
  requirementIds: string[]
}

/** The chance of winning a deal in each stage (backend StageProbability): a new deal starts there. */
export const STAGE_PROBABILITY: Record<string, number> = { initial: 10, qualified: 30, proposal: 50, negotiation: 70, won: 100, lost: 0 }

export function emptyDeal(customerId: string): DealInput {
  return {
    customerId, title: '', amount: '', currency: 'CNY', rate: '', stage: 'initial', probability: STAGE_PROBABILITY.initial, expectedClose: '',
    closedOn: '', channel: '', products: [], nextStep: '', lostReason: '', notes: '', interactionIds: [], requirementIds: [],
  }
}

export function dealInput(d: Deal): DealInput {
  return {
    customerId: d.customerId, title: d.title, amount: amountInput(d.amount), currency: d.currency,
    rate: d.currency === 'CNY' ? '' : rateText(d.rate), stage: d.stage, probability: d.probability, expectedClose: d.expectedClose,
    closedOn: d.closedOn, channel: d.channel, products: [...(d.products ?? [])], nextStep: d.nextStep, lostReason: d.lostReason,
    notes: d.notes, interactionIds: [...(d.interactionIds ?? [])], requirementIds: [...(d.requirementIds ?? [])],
  }
}

/**
 * The body a save sends. Typed text that is not an amount or a rate is refused here, under its
 * field (it has no number to send); every other check is the backend's. An empty customer is
 * left out (Go cannot decode "" into a uuid; a missing one comes back as "required").
 */
export function dealBody(input: DealInput, existing?: Deal): Deal {
  const amount = input.amount.trim() ? parseAmount(input.amount) : 0
  if (amount === null) throw invalid('amount', 'not_amount')
  let rate = RATE_SCALE
  if (input.currency !== 'CNY') {
    const r = input.rate.trim() ? parseRate(input.rate) : 0
    if (r === null) throw invalid('rate', 'not_rate')
    rate = r
  }
  // An emptied probability is the stage's usual one.
  const probability = input.probability ?? STAGE_PROBABILITY[existing?.stage ?? input.stage] ?? 0
  const out: Record<string, unknown> = { ...(existing ?? {}), ...input, amount, rate, probability }
  if (!out.customerId) delete out.customerId
  return out as unknown as Deal
}

/** A record a deal may link to, as its select shows it. */
export interface LinkChoice {
  value: string
  label: string
}

/** Deals (销售机会): the Sales page's list and board, a customer's deals, and the form's calls. */
export const useDealsStore = defineStore('deals', () => {
  const filter = reactive<DealFilter>({ customerId: '', search: '', stages: [], channels: [] })
  const view = ref<'list' | 'board'>('board')
  const { sort, desc, page, pageSize, pageQuery, refilter, setSort, setPage } = usePaging(() => load())
  const rows = shallowRef<DealListRow[]>([])
  const shownSort = shallowRef({ sort: sort.value, desc: desc.value })
  const total = ref(0)
  const sum = ref(0)
  const weighted = ref(0)
  const columns = shallowRef<DealColumn[]>([])
  const loading = ref(false)
  const loaded = ref(false)
  const error = ref<AppError | null>(null)
  let seq = 0

  /** The query Go decodes: customerId only when one is chosen ("" is not a uuid). */
  function query(): backend.DealQuery {
    const q: Record<string, unknown> = { search: filter.search, stages: [...filter.stages], channels: [...filter.channels], ...pageQuery() }
    if (filter.customerId) q.customerId = filter.customerId
    return q as unknown as backend.DealQuery
  }

  async function load() {
    const mine = ++seq
    loading.value = true
    const q = query()
    try {
      if (view.value === 'board') {
        const cols = (await call(Deals.Board(q, DEAL_BOARD_CARDS))) ?? []
        if (mine !== seq) return
        columns.value = cols
      } else {
        const res = await call(Deals.List(q))
        if (mine !== seq) return
        rows.value = res.rows ?? []
        total.value = res.total
        sum.value = res.sum
        weighted.value = res.weighted
        shownSort.value = { sort: q.sort, desc: q.desc }
      }
      error.value = null
      loaded.value = true
    } catch (e) {
      if (mine === seq) error.value = e as AppError
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  const setFilter = (patch: Partial<DealFilter>) => refilter(filter, patch)

  function setView(v: 'list' | 'board') {
    view.value = v
    loaded.value = false
    return load()
  }

  /** One customer's deals, newest first (the customer page's tab). */
  async function byCustomer(customerId: string): Promise<DealListRow[]> {
    const res = await call(Deals.List({ customerId, search: '', stages: [], channels: [], sort: 'updatedAt', desc: true, offset: 0, limit: 200 } as unknown as backend.DealQuery))
    return res.rows ?? []
  }

  const get = (id: string) => call(Deals.Get(id))

  async function save(input: DealInput, existing?: Deal): Promise<Deal> {
    const body = dealBody(input, existing)
    return existing ? call(Deals.Update(body)) : call(Deals.Create(body))
  }

  /** Moves a deal to another stage; losing it asks why (a gate). Undefined when the user cancelled. */
  const move = (id: string, to: string, ask?: AskGate) => withReason((reason) => call(Deals.Move(id, to as backend.Deal["stage"], reason)), ask)

  const remove = (id: string) => call(Deals.Delete(id))
  const history = (id: string, offset: number, limit: number) => call(Deals.History(id, offset, limit))

  /**
   * What a deal of the customer may link to: its latest 200 communications and its requirements,
   * plus what the deal (dealId) links to already, older ones included. A linked record deleted
   * since is left out: the save lets it go.
   */
  async function linkChoices(customerId: string, dealId = ''): Promise<{ interactions: LinkChoice[]; requirements: LinkChoice[] }> {
    if (!customerId) return { interactions: [], requirements: [] }
    const [log, reqs, detail] = await Promise.all([
      call(Interactions.ListByCustomer(customerId, 0, 200)),
      call(Requirements.ListByCustomer(customerId)),
      dealId ? call(Deals.Get(dealId)) : Promise.resolve(null),
    ])
    const interactions = (log.rows ?? []).map((i) => ({ value: i.id, label: `${interactionRef(i.number)} · ${i.at.slice(0, 10)} · ${i.summary.split('\n')[0]}` }))
    const linkedOf = (links: LinkedRecord[] | undefined, choices: LinkChoice[]) =>
      (links ?? []).filter((l) => !choices.some((c) => c.value === l.id)).map((l) => ({ value: l.id, label: [l.ref, l.date, l.title].filter(Boolean).join(' · ') }))
    return {
      interactions: [...interactions, ...linkedOf(detail?.interactions, interactions)],
      requirements: (reqs.rows ?? []).map((r) => ({ value: r.id, label: `${requirementRef(r.number)} · ${r.title}` })),
    }
  }

  /** Saves every deal the filters match, in the list's order, as CSV or Excel. */
  const exportDeals = (format: ListFormat, labels: ListLabels) => exportList(Deals.Export, query(), format, labels)

  return {
    filter, view, sort, desc, page, pageSize, rows, shownSort, total, sum, weighted, columns, loading, loaded, error,
    query, load, setFilter, setSort, setPage, setView, byCustomer, get, save, move, remove, history, linkChoices, exportList: exportDeals,
  }
})
