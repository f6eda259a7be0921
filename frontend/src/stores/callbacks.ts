import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import * as Callbacks from '@/wailsjs/go/api/Callbacks'
import type { backend } from '@/wailsjs/go/models'
import { formatNumber } from '@/lib/format'
import { requirementRef } from '@/lib/refs'
import { call } from './call'
import { exportList } from './longCall'
import type { ListFormat, ListLabels } from '@/lib/listLabels'

export type Callback = backend.Callback
export type CallbackRow = backend.CallbackRow
export type CallbackList = backend.CallbackList
export type CallbackResult = backend.CallbackResult
export type Satisfaction = backend.Satisfaction
export type CallbackSource = 'ticket' | 'go_live' | 'training'
/** What the suggestion drawer edits: the backend sets the customer and the source. */
export interface SuggestionInput {
  title: string
  description: string
}

/** How many open callbacks the home page lists. */
export const HOME_CALLBACKS = 20
/** The NPS answer of a callback where the question was not asked. */
export const NPS_NOT_ASKED = -1
/** The NPS scale, 0 to 10. */
export const NPS_VALUES = Array.from({ length: 11 }, (_, n) => n)

export { requirementRef }

/** A new result: no score yet (the backend asks for one), NPS not asked. */
export function emptyResult(): CallbackResult {
  return { contact: '', score: 0, nps: NPS_NOT_ASKED, comments: '' }
}

/** The form's copy of a callback's result: a recorded one to change, or an empty one. */
export function resultInput(c: Callback | null): CallbackResult {
  if (!c?.done) return emptyResult()
  return { contact: c.contact ?? '', score: c.score, nps: c.nps ?? NPS_NOT_ASKED, comments: c.comments ?? '' }
}

/** The body Record sends: whole numbers, a missing NPS as "not asked". An out-of-range number is
 * sent as it is, so the backend's refusal shows under its field. */
export function resultBody(r: CallbackResult): CallbackResult {
  const nps = r.nps === null || r.nps === undefined || Number.isNaN(r.nps) ? NPS_NOT_ASKED : Math.round(r.nps)
  return { contact: r.contact.trim(), score: Math.round(r.score || 0), nps, comments: r.comments }
}

/** Promoter (9–10), passive (7–8), detractor (0–6), or not asked. */
export function npsGroup(nps: number): 'promoter' | 'passive' | 'detractor' | 'none' {
  if (nps < 0) return 'none'
  if (nps >= 9) return 'promoter'
  return nps >= 7 ? 'passive' : 'detractor'
}

/** An NPS with its sign: +50, 0, -25. */
export function formatNps(nps: number, locale: string): string {
  const n = formatNumber(Math.abs(nps), locale)
  return nps > 0 ? `+${n}` : nps < 0 ? `-${n}` : n
}

const oneDecimal = new Map<string, Intl.NumberFormat>()
/** A mean score with at most one decimal: 4.3, 4. */
export function formatScore(score: number, locale: string): string {
  let f = oneDecimal.get(locale)
  if (!f) {
    f = new Intl.NumberFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 1 })
    oneDecimal.set(locale, f)
  }
  return f.format(score)
}

/** Overdue, due today, or later, against today's local date (YYYY-MM-DD). */
export function dueState(dueOn: string, today: string): 'overdue' | 'today' | 'later' {
  if (dueOn < today) return 'overdue'
  return dueOn === today ? 'today' : 'later'
}

/** The route of what a callback follows: the ticket, or the deployment (go-live, training). */
export function sourceRoute(c: Callback) {
  return { name: c.source === 'ticket' ? 'ticket' : 'deployment', params: { id: c.sourceId } }
}

/** Callbacks (回访): the open ones on the home page, and one customer's with its satisfaction. */
export const useCallbacksStore = defineStore('callbacks', () => {
  const open = shallowRef<CallbackList | null>(null)
  const openLimit = ref(HOME_CALLBACKS)
  const list = shallowRef<Callback[]>([])
  const listOf = ref('')
  const satisfaction = shallowRef<Satisfaction | null>(null)
  const loading = ref(false)

  /** The callbacks still to make, soonest due first. */
  async function loadOpen(limit = openLimit.value) {
    openLimit.value = limit
    const got = await call(Callbacks.Open(limit))
    open.value = { rows: got?.rows ?? [], total: got?.total ?? 0, due: got?.due ?? 0 } as CallbackList
  }

  /** One customer's callbacks (newest first) and the satisfaction they add up to. */
  async function loadCustomer(customerId: string) {
    if (listOf.value !== customerId) {
      list.value = []
      satisfaction.value = null
    }
    listOf.value = customerId
    loading.value = true
    try {
      const [cbs, sat] = await Promise.all([call(Callbacks.ByCustomer(customerId)), call(Callbacks.Satisfaction(customerId))])
      if (listOf.value !== customerId) return
      list.value = cbs ?? []
      satisfaction.value = sat
    } finally {
      loading.value = false
    }
  }

  /** Records a callback's result (it is done then), and reloads the lists that show it. */
  async function record(c: Callback, result: CallbackResult): Promise<Callback> {
    const saved = await call(Callbacks.Record(c.id, resultBody(result)))
    await refresh(c.customerId)
    return saved
  }

  /** Makes a draft requirement of the callback's customer from a suggestion in it. */
  async function suggest(c: Callback, input: SuggestionInput): Promise<backend.Requirement> {
    const body = { title: input.title, description: input.description, priority: 'should' } as unknown as backend.Requirement
    const req = await call(Callbacks.Suggest(c.id, body))
    await refresh(c.customerId)
    return req
  }

  async function refresh(customerId: string) {
    await Promise.all([open.value ? loadOpen() : null, listOf.value === customerId ? loadCustomer(customerId) : null])
  }

  /** A page of the callbacks done in month (YYYY-MM), the latest first. */
  const doneIn = (month: string, offset: number, limit: number) => call(Callbacks.Done(month, offset, limit))

  /** Saves a customer's callbacks as CSV or Excel. */
  const exportCallbacks = (customerId: string, format: ListFormat, labels: ListLabels) => exportList(Callbacks.Export, customerId, format, labels)

  return { exportList: exportCallbacks, open, list, listOf, satisfaction, loading, loadOpen, loadCustomer, record, suggest, doneIn }
})
