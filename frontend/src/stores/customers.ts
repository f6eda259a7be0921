import { defineStore } from 'pinia'
import { reactive, ref, shallowRef } from 'vue'
import * as Customers from '@/wailsjs/go/api/Customers'
import * as Documents from '@/wailsjs/go/api/Documents'
import type { AppError } from '@/lib/errors'
import { EXPORT_TIMEOUT_MS } from './baselines'
import { call } from './call'
import { exportList } from './longCall'
import { earlyAnswer } from './earlyAnswer'
import { clearAnswer, usePaging } from './paging'
import type { api, backend } from '@/wailsjs/go/models'
import type { ListFormat, ListLabels } from '@/lib/listLabels'
import type { HistoryEvent } from './history'

export type StoryItem = backend.StoryItem
export type DossierRequest = api.DossierRequest
export type StoryPage = backend.StoryPage
/** Where a story page jumps to: a record (its newest item), or a day (YYYY-MM-DD). */
export interface StoryJump {
  focus?: string
  day?: string
}
/** The zero id: a story query that jumps to no record. */
const ZERO_ID = '00000000-0000-0000-0000-000000000000'

export type Customer = backend.Customer
export type CustomerRow = backend.CustomerRow
export type CustomerQuery = backend.CustomerQuery
export type TagCount = backend.TagCount
export type LinkedCounts = backend.LinkedCounts

// What the forms edit: the user's fields only. Creates send exactly these (no id: Go cannot decode
// "" into a uuid, and the backend assigns ids, numbers and times).
export type CustomerInput = Pick<
  Customer,
  'name' | 'shortName' | 'industry' | 'region' | 'city' | 'address' | 'website' | 'channel' | 'stage' | 'tags' | 'notes'
>

export function emptyCustomer(): CustomerInput {
  return { name: '', shortName: '', industry: '', region: '', city: '', address: '', website: '', channel: 'other', stage: 'lead', tags: [], notes: '' }
}

export const PAGE_SIZES = [20, 50, 100]

export interface CustomerFilter {
  search: string
  stages: string[]
  channels: string[]
  tag: string
  archived: boolean
}

export const useCustomersStore = defineStore('customers', () => {
  const filter = reactive<CustomerFilter>({ search: '', stages: [], channels: [], tag: '', archived: false })
  const { sort, desc, page, pageSize, pageQuery, refilter, setSort, setPage } = usePaging(() => load())

  // The rows on screen and the order they are in (what the column headers show). Both change
  // together when an answer lands, so a click on a header renders the table once, not twice
  // (once for the arrow, once for the rows). The rows are never edited in place: shallow.
  const rows = shallowRef<CustomerRow[]>([])
  const shownSort = shallowRef({ sort: sort.value, desc: desc.value })
  const total = ref(0)
  const loading = ref(false)
  const loaded = ref(false) // false until the first answer: no "empty" flash before it
  const error = ref<AppError | null>(null)
  const tags = ref<TagCount[]>([])

  // Typing fires a request per pause; only the newest answer may land in the table.
  let seq = 0

  function query(): CustomerQuery {
    return {
      search: filter.search,
      stages: [...filter.stages],
      channels: [...filter.channels],
      tag: filter.tag,
      archived: filter.archived,
      ...pageQuery(),
    }
  }

  async function fetchList() {
    const mine = ++seq
    loading.value = true
    error.value = null // the page shows this load's error only (its watcher may come after it began)
    const q = query()
    try {
      const res = await call(Customers.List(q))
      if (mine !== seq) return
      rows.value = res.rows ?? []
      shownSort.value = { sort: q.sort, desc: q.desc }
      total.value = res.total
      error.value = null
      loaded.value = true
    } catch (e) {
      if (mine !== seq) return
      rows.value = []
      total.value = 0
      error.value = e as AppError
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  const early = earlyAnswer(fetchList, () => JSON.stringify(query()))
  const load = early.load

  /** Any filter change starts again at page 1: page 7 of the old result means nothing now. */
  function setFilter(patch: Partial<CustomerFilter>) {
    return refilter(filter, patch)
  }

  /** Opens the list on a search (the address's ?q=; none from the menu, which clears a kept one). */
  function openAt(search: string) {
    return search !== filter.search ? setFilter({ search }) : load()
  }
  /** The list as its menu item opens it, asked for as the item is clicked (earlyAnswer). */
  const openEarly = () => early.ask(() => openAt(''))

  /** Lets go of the rows kept from the last visit (the page opens on another filter, from a link):
   * the list shows none until its own answer, never another filter's. A late answer is dropped. */
  function forget() {
    seq++
    clearAnswer({ rows, total, loaded, loading })
  }

  /** Saves the whole list as filtered and sorted on screen, as CSV or Excel; an empty path when the dialog was cancelled. */
  const exportCustomers = (format: ListFormat, labels: ListLabels) => exportList(Customers.Export, query(), format, labels)

  /** A page of a customer's story (客户全景), newest first: of kinds only, when given. A jump (a
   * record's id as focus, or a day) moves the page to where it is: StoryPage.offset says where. */
  const story = (customerId: string, kinds: string[], offset: number, limit: number, jump: StoryJump = {}) =>
    call(Customers.Story({ customerId, kinds, offset, limit, focus: jump.focus || ZERO_ID, day: jump.day ?? '' } as unknown as backend.StoryQuery))

  /** Writes the customer's dossier (客户档案) where the user chooses (a save dialog); '' when cancelled. */
  const exportDossier = async (req: DossierRequest): Promise<string> => (await call(Documents.ExportDossier(req), EXPORT_TIMEOUT_MS)).path

  async function loadTags() {
    tags.value = (await call(Customers.Tags())) ?? []
  }

  const get = (id: string) => call(Customers.Get(id))
  const create = (input: CustomerInput) => call(Customers.Create({ ...input, tags: [...input.tags] } as Customer))
  const update = (existing: Customer, input: CustomerInput) => call(Customers.Update({ ...existing, ...input, tags: [...input.tags] } as Customer))
  const setArchived = (id: string, archived: boolean) => call(Customers.SetArchived(id, archived))
  const linked = (id: string): Promise<LinkedCounts> => call(Customers.Linked(id))
  const remove = (id: string) => call(Customers.Delete(id))
  const history = async (id: string, offset: number, limit: number): Promise<HistoryEvent[]> =>
    (await call(Customers.History(id, offset, limit))) ?? []

  return { filter, sort, desc, page, pageSize, rows, shownSort, total, loading, loaded, error, tags, load, setFilter, openAt, openEarly, forget, setSort, setPage, loadTags, exportList: exportCustomers, get, create, update, setArchived, linked, remove, history, story, exportDossier }
})
