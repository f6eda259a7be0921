import { defineStore } from 'pinia'
import { reactive, ref, shallowRef } from 'vue'
import * as Customers from '@/wailsjs/go/api/Customers'
import * as Requirements from '@/wailsjs/go/api/Requirements'
import type { AppError } from '@/lib/errors'
import { call } from './call'
import { earlyAnswer } from './earlyAnswer'
import { clearAnswer, usePaging } from './paging'
import { exportList } from './longCall'
import type { ListFormat, ListLabels } from '@/lib/listLabels'
import type { backend } from '@/wailsjs/go/models'

export type RequirementListRow = backend.RequirementListRow
export type BoardColumn = backend.BoardColumn
export type ModuleCount = backend.NameCount
export const REQ_PAGE_SIZES = [20, 50, 100]
export const BOARD_PER_COLUMN = 30
/** How many customers the customer filter offers per search. */
export const CUSTOMER_CHOICES = 20

export interface RequirementFilter {
  customerId: string
  search: string
  statuses: string[]
  priorities: string[]
  categories: string[]
  module: string
}

/** A customer the filter can show: what its label needs. */
export interface CustomerChoice {
  id: string
  name: string
  number: number
}

/** The requirements of every customer (the Requirements page): a paged list and a status board. */
export const useRequirementListStore = defineStore('requirementList', () => {
  const filter = reactive<RequirementFilter>({ customerId: '', search: '', statuses: [], priorities: [], categories: [], module: '' })
  const view = ref<'list' | 'board'>('list')
  const { sort, desc, page, pageSize, pageQuery, refilter, setSort, setPage } = usePaging(() => load())
  const rows = shallowRef<RequirementListRow[]>([])
  const shownSort = shallowRef({ sort: sort.value, desc: desc.value })
  const total = ref(0)
  const columns = shallowRef<BoardColumn[]>([])
  // The board columns fetching their next cards ("Show more"), by status.
  const loadingMore = ref<Record<string, boolean>>({})
  const loading = ref(false)
  const loaded = ref(false)
  const error = ref<AppError | null>(null)
  // The chosen customer (filter.customerId) with its label, and the answers of the last search.
  const customer = shallowRef<CustomerChoice | null>(null)
  const customerChoices = shallowRef<CustomerChoice[]>([])
  // The module names in use (of the chosen customer, or of all), most used first.
  const modules = shallowRef<ModuleCount[]>([])
  let seq = 0
  let customerSeq = 0
  let moduleSeq = 0

  /** The query Go decodes: customerId only when one is chosen ("" is not a uuid). */
  function query(): backend.RequirementQuery {
    const q: Record<string, unknown> = {
      search: filter.search,
      statuses: [...filter.statuses],
      priorities: [...filter.priorities],
      categories: [...filter.categories],
      module: filter.module,
      ...pageQuery(),
    }
    if (filter.customerId) q.customerId = filter.customerId
    return q as unknown as backend.RequirementQuery
  }

  async function fetchView() {
    const mine = ++seq
    loading.value = true
    error.value = null // the page shows this load's error only (its watcher may come after it began)
    const q = query()
    try {
      if (view.value === 'board') {
        const cols = (await call(Requirements.Board(q, BOARD_PER_COLUMN))) ?? []
        if (mine !== seq) return
        columns.value = cols
      } else {
        const res = await call(Requirements.List(q))
        if (mine !== seq) return
        rows.value = res.rows ?? []
        total.value = res.total
        shownSort.value = { sort: q.sort, desc: q.desc }
      }
      error.value = null
      loaded.value = true
    } catch (e) {
      if (mine !== seq) return
      error.value = e as AppError
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  // openEarly: the list or board as the menu item opens it (the filters kept from the last visit),
  // asked for as the item is clicked (earlyAnswer).
  const { load, ask: openEarly } = earlyAnswer(fetchView, () => `${view.value} ${JSON.stringify(query())}`)

  /**
   * Appends the next cards of one board column, in the board's order (most important first),
   * under the same filter. An answer that lands after the board was loaded again is dropped: its
   * offset counted cards that are no longer there.
   */
  async function loadMore(status: string) {
    const col = columns.value.find((c) => c.status === status)
    if (!col || loadingMore.value[status]) return
    const board = seq
    loadingMore.value = { ...loadingMore.value, [status]: true }
    try {
      const q = { ...query(), statuses: [status], sort: 'priority', desc: false, offset: col.cards.length, limit: BOARD_PER_COLUMN }
      const res = await call(Requirements.List(q as backend.RequirementQuery))
      if (board !== seq) return
      const seen = new Set(col.cards.map((c) => c.row.id))
      const added = (res.rows ?? []).filter((r) => !seen.has(r.row.id))
      columns.value = columns.value.map((c) => (c.status === status ? ({ ...c, total: res.total, cards: [...c.cards, ...added] } as BoardColumn) : c))
    } catch (e) {
      if (board === seq) error.value = e as AppError
    } finally {
      loadingMore.value = { ...loadingMore.value, [status]: false }
    }
  }

  function setFilter(patch: Partial<RequirementFilter>) {
    return refilter(filter, patch)
  }

  /** Lets go of the rows and cards kept from the last visit (the page opens on another filter, from
   * a link): it shows none until its own answer, never another filter's. A late answer is dropped. */
  function forget() {
    seq++
    columns.value = []
    clearAnswer({ rows, total, loaded, loading })
  }

  /** The customers whose name or number matches `search`, by name (the customer filter's options). */
  async function searchCustomers(search: string) {
    const mine = ++customerSeq
    const res = await call(
      Customers.List({ search: search.trim(), stages: [], channels: [], tag: '', archived: false, sort: 'name', desc: false, offset: 0, limit: CUSTOMER_CHOICES }),
    )
    if (mine !== customerSeq) return
    customerChoices.value = (res.rows ?? []).map(({ id, name, number }) => ({ id, name, number }))
  }

  /** The module filter's options: the modules of the chosen customer, or of every customer. */
  async function loadModules() {
    const mine = ++moduleSeq
    const list = (await call(Requirements.Modules(filter.customerId))) ?? []
    if (mine === moduleSeq) modules.value = list
  }

  /**
   * Shows the requirements of one customer ('' = of every customer) and reloads. `known` is the
   * customer when the caller has it (a picked option); otherwise it is fetched for its label (a
   * link with ?customer=). A chosen module the new customer does not use is let go.
   */
  async function setCustomer(id: string, known?: CustomerChoice) {
    if (!id) customer.value = null
    else if (known?.id === id) customer.value = known
    else if (customer.value?.id !== id) {
      const c = await call(Customers.Get(id))
      customer.value = { id: c.id, name: c.name, number: c.number }
    }
    filter.customerId = id
    try {
      await loadModules()
    } catch (e) {
      error.value = e as AppError
    }
    const wanted = filter.module.toLowerCase()
    const module = wanted && modules.value.some((m) => m.name.toLowerCase() === wanted) ? filter.module : ''
    return refilter(filter, { customerId: id, module })
  }

  /** Shows the list of every customer's requirements in these statuses, no other filter (a dashboard link). */
  function showStatus(statuses: string[]) {
    customer.value = null
    view.value = 'list'
    Object.assign(filter, { customerId: '', search: '', statuses: [...statuses], priorities: [], categories: [], module: '' })
    return refilter(filter, {})
  }

  /** Shows every requirement again: no customer, module, search or other filter. */
  async function clearFilter() {
    customer.value = null
    Object.assign(filter, { customerId: '', search: '', statuses: [], priorities: [], categories: [], module: '' })
    loadModules().catch((e) => (error.value = e as AppError))
    return refilter(filter, {})
  }

  function setView(v: 'list' | 'board') {
    view.value = v
    loaded.value = false
    return load()
  }

  /** Saves every requirement the filters match, in the list's order, as CSV or Excel. */
  const exportRequirements = (format: ListFormat, labels: ListLabels) => exportList(Requirements.Export, query(), format, labels)

  return {
    exportList: exportRequirements,
    showStatus,
    filter,
    view,
    sort,
    desc,
    page,
    pageSize,
    rows,
    shownSort,
    total,
    columns,
    loadingMore,
    loading,
    loaded,
    error,
    customer,
    customerChoices,
    modules,
    query,
    load,
    openEarly,
    loadMore,
    setFilter,
    forget,
    setSort,
    setPage,
    setView,
    searchCustomers,
    loadModules,
    setCustomer,
    clearFilter,
  }
})
