import { defineStore } from 'pinia'
import { reactive, ref, shallowRef } from 'vue'
import * as Tickets from '@/wailsjs/go/api/Tickets'
import * as Customers from '@/wailsjs/go/api/Customers'
import * as Contacts from '@/wailsjs/go/api/Contacts'
import * as Releases from '@/wailsjs/go/api/Releases'
import * as Requirements from '@/wailsjs/go/api/Requirements'
import type { backend } from '@/wailsjs/go/models'
import { call } from './call'
import { useOnScreen } from './onScreen'
import { earlyAnswer } from './earlyAnswer'
import { clearAnswer, usePaging } from './paging'
import { exportList } from './longCall'
import type { ListFormat, ListLabels } from '@/lib/listLabels'
import { customerRef, requirementRef } from '@/lib/refs'
import type { HistoryEvent } from './history'

export type Ticket = backend.Ticket
export type TicketRow = backend.TicketRow
export type TicketClocks = backend.TicketClocks
export type Clock = backend.Clock
export type TicketCounts = backend.TicketCounts
export type TicketPage = backend.TicketPage
export type Demand = backend.Demand

export const NIL_ID = '00000000-0000-0000-0000-000000000000'
/** How many breached (and at-risk) tickets the home page lists. */
export const HOME_TICKETS = 6

/** The editable fields of a ticket, as the form holds them ('' for no contact or release). */
export interface TicketInput {
  customerId: string
  contactId: string
  title: string
  description: string
  kind: string
  priority: string
  channel: string
  releaseId: string
  fixedInId: string
}

export function emptyTicket(customerId = ''): TicketInput {
  return { customerId, contactId: '', title: '', description: '', kind: 'incident', priority: 'P3', channel: 'phone', releaseId: '', fixedInId: '' }
}

/** The form's copy of a stored ticket. */
export function ticketInput(t: Ticket): TicketInput {
  const id = (v: string) => (v && v !== NIL_ID ? v : '')
  return {
    customerId: t.customerId,
    contactId: id(t.contactId),
    title: t.title,
    description: t.description,
    kind: t.kind,
    priority: t.priority,
    channel: t.channel,
    releaseId: id(t.releaseId),
    fixedInId: id(t.fixedInId),
  }
}

export interface TicketFilter {
  view: string
  customerId: string
  priorities: string[]
  kinds: string[]
  search: string
}

export interface Choice {
  id: string
  label: string
}

/** The ticket on screen with what its page shows beside it. */
export interface TicketDetail {
  ticket: Ticket
  customerName: string
  contactName: string
  release: string // the affected release's version ('' when none)
  fixedIn: string
  thread: HistoryEvent[]
  clocks: TicketClocks
}

const noIds = (t: TicketInput) => ({ ...t, customerId: t.customerId || NIL_ID, contactId: t.contactId || NIL_ID, releaseId: t.releaseId || NIL_ID, fixedInId: t.fixedInId || NIL_ID })

/** Support tickets (售后服务): the queue and the ticket on screen with its thread and clocks. */
export const useTicketsStore = defineStore('tickets', () => {
  const rows = shallowRef<TicketRow[]>([])
  const total = ref(0)
  const counts = ref<TicketCounts>({ open: 0, atRisk: 0, breached: 0 })
  const now = ref('')
  const loading = ref(false)
  const loaded = ref(false)
  const filter = reactive<TicketFilter>({ view: 'open', customerId: '', priorities: [], kinds: [], search: '' })
  const { detail, show } = useOnScreen<TicketDetail>((d) => d.ticket.id)
  const next = ref<Record<string, string[]>>({})
  const home = shallowRef<{ breached: TicketPage; atRisk: TicketPage } | null>(null)
  let seq = 0

  // The queue's view and filters, and the page on screen.
  const query = () => ({ ...filter, ...paging.pageQuery(), desc: false }) as unknown as backend.TicketQuery
  /** Saves every ticket of the view as filtered, in the queue's order, as CSV or Excel. */
  const exportTickets = (format: ListFormat, labels: ListLabels) => exportList(Tickets.Export, query(), format, labels)

  async function fetchQueue() {
    const mine = ++seq
    loading.value = true
    try {
      const res = await call(Tickets.List(query()))
      if (mine !== seq) return
      rows.value = res.rows ?? []
      total.value = res.total
      counts.value = res.counts
      now.value = res.now
      loaded.value = true
    } finally {
      if (mine === seq) loading.value = false
    }
  }
  // openEarly: the queue as its menu item opens it (the one kept from the last visit), asked for as
  // the item is clicked (earlyAnswer).
  const { load, ask: openEarly } = earlyAnswer(fetchQueue, () => JSON.stringify(query()))
  const paging = usePaging(load, 'due')

  const setFilter = (patch: Partial<TicketFilter>) => paging.refilter(filter, patch)

  /** Lets go of the queue kept from the last visit: no rows until the next answer (a late answer
   * for the old queue is dropped). */
  function forget() {
    seq++
    clearAnswer({ rows, total, loaded, loading })
  }

  /** Opens the queue a link asks for (home's counters, the dashboard). When it is not the queue
   * kept from the last visit, the kept rows go first: the page shows none until its own answer,
   * never another queue's. */
  function openLinked(f: TicketFilter) {
    const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x))
    const same = f.view === filter.view && f.customerId === filter.customerId && f.search === filter.search && sameSet(f.priorities, filter.priorities) && sameSet(f.kinds, filter.kinds)
    if (!same) forget()
    return setFilter(f)
  }

  /** Loads a ticket with its customer's and contact's names, versions, thread and clocks as the
   * ticket on screen: one call (it was two rounds of calls, the names asked for once the ticket came). */
  const open = (id: string) => show(id, async () => {
    const d = await call(Tickets.Detail(id))
    return { ...d, thread: d.thread ?? [], clocks: { ...d.clocks, clocks: d.clocks.clocks ?? [] } } as TicketDetail
  })

  async function afterChange(t: Ticket) {
    if (detail.value?.ticket.id === t.id) await open(t.id)
    if (loaded.value) load().catch(() => undefined)
    return t
  }

  async function create(input: TicketInput) {
    return afterChange(await call(Tickets.Create(noIds(input) as unknown as Ticket)))
  }

  async function update(id: string, input: TicketInput) {
    return afterChange(await call(Tickets.Update({ ...noIds(input), id } as unknown as Ticket)))
  }

  async function transition(id: string, to: string, reason = '') {
    return afterChange(await call(Tickets.Transition(id, to, reason)))
  }

  async function addEntry(ticketId: string, type: string, body: string, minutes: number) {
    return afterChange(await call(Tickets.AddEntry({ ticketId, type, body, minutes } as backend.TicketEntry)))
  }

  async function nextStatuses(from: string) {
    if (!next.value[from]) next.value = { ...next.value, [from]: (await call(Tickets.NextStatuses(from))) ?? [] }
    return next.value[from]
  }

  /** Customers whose name or number matches, for the pickers. */
  async function searchCustomers(search: string): Promise<Choice[]> {
    const res = await call(Customers.List({ search: search.trim(), stages: [], channels: [], tag: '', archived: false, sort: 'name', desc: false, offset: 0, limit: 30 }))
    return (res.rows ?? []).map((c) => ({ id: c.id, label: `${c.name} · ${customerRef(c.number)}` }))
  }

  async function contactsOf(customerId: string): Promise<Choice[]> {
    if (!customerId) return []
    return ((await call(Contacts.ListByCustomer(customerId))) ?? []).map((c) => ({ id: c.id, label: c.name }))
  }

  async function releaseChoices(): Promise<Choice[]> {
    return ((await call(Releases.List())) ?? []).map((r) => ({ id: r.id, label: r.name ? `${r.version} · ${r.name}` : r.version }))
  }

  /** One customer's tickets, open ones first (nearest due), then the rest, newest first. */
  async function listOf(customerId: string, limit = 50) {
    const q = { view: 'all', customerId, priorities: [], kinds: [], search: '', sort: 'due', desc: false, offset: 0, limit }
    return call(Tickets.List(q as unknown as backend.TicketQuery))
  }

  /** The first rows of a queue, nearest due (most overdue) first; every page carries the counts of
   * all the queues. */
  function queueHead(view: string, limit: number) {
    const q = { view, customerId: '', priorities: [], kinds: [], search: '', sort: 'due', desc: false, offset: 0, limit }
    return call(Tickets.List(q as unknown as backend.TicketQuery))
  }

  /** The home page's breached and at-risk tickets: the first few of each, and the queues' sizes. */
  async function loadHome(limit = HOME_TICKETS) {
    const [breached, atRisk] = await Promise.all([queueHead('breached', limit), queueHead('at_risk', limit)])
    home.value = { breached: { ...breached, rows: breached.rows ?? [] } as TicketPage, atRisk: { ...atRisk, rows: atRisk.rows ?? [] } as TicketPage }
  }

  /** Turns the feature request into a draft requirement of its customer (功能升级). */
  async function convert(id: string, title: string, priority: string) {
    const r = await call(Tickets.ConvertToRequirement(id, { title, priority } as backend.Requirement))
    if (detail.value?.ticket.id === id) await open(id)
    return r
  }

  async function link(id: string, requirementId: string) {
    return afterChange(await call(Tickets.LinkRequirement(id, requirementId)))
  }

  const demand = (requirementId: string) => call(Tickets.Demand(requirementId))
  const requirement = (id: string) => call(Requirements.Get(id))

  /** Requirements of every customer whose title or number matches, for linking a request to one. */
  async function searchRequirements(search: string): Promise<Choice[]> {
    const q = { customerId: NIL_ID, search: search.trim(), statuses: [], priorities: [], categories: [], module: '', sort: 'updatedAt', desc: true, offset: 0, limit: 30 }
    const res = await call(Requirements.List(q as backend.RequirementQuery))
    return (res.rows ?? []).map(({ row, customerName }) => ({ id: row.id, label: `${requirementRef(row.number)} · ${row.title} · ${customerName}` }))
  }

  return {
    exportList: exportTickets,
    listOf, home, loadHome, convert, link, demand, requirement, searchRequirements,
    rows, total, counts, now, loading, loaded, filter, detail, next, paging,
    load, openEarly, setFilter, openLinked, open, create, update, transition, addEntry, nextStatuses, searchCustomers, contactsOf, releaseChoices,
  }
})
