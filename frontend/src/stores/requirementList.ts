import { defineStore } from 'pinia'
import { reactive, ref, shallowRef } from 'vue'
import * as Requirements from '@/wailsjs/go/api/Requirements'
import type { AppError } from '@/lib/errors'
import { call } from './call'
import { usePaging } from './paging'
import type { backend } from '@/wailsjs/go/models'

export type RequirementListRow = backend.RequirementListRow
export type BoardColumn = backend.BoardColumn
export const REQ_PAGE_SIZES = [20, 50, 100]
export const BOARD_PER_COLUMN = 30

export interface RequirementFilter {
  customerId: string
  search: string
  statuses: string[]
  priorities: string[]
  categories: string[]
}

/** The requirements of every customer (the Requirements page): a paged list and a status board. */
export const useRequirementListStore = defineStore('requirementList', () => {
  const filter = reactive<RequirementFilter>({ customerId: '', search: '', statuses: [], priorities: [], categories: [] })
  const view = ref<'list' | 'board'>('list')
  const { sort, desc, page, pageSize, pageQuery, refilter, setSort, setPage } = usePaging(() => load())
  const rows = shallowRef<RequirementListRow[]>([])
  const shownSort = shallowRef({ sort: sort.value, desc: desc.value })
  const total = ref(0)
  const columns = shallowRef<BoardColumn[]>([])
  const loading = ref(false)
  const loaded = ref(false)
  const error = ref<AppError | null>(null)
  let seq = 0

  /** The query Go decodes: customerId only when one is chosen ("" is not a uuid). */
  function query(): backend.RequirementQuery {
    const q: Record<string, unknown> = {
      search: filter.search,
      statuses: [...filter.statuses],
      priorities: [...filter.priorities],
      categories: [...filter.categories],
      module: '',
      ...pageQuery(),
    }
    if (filter.customerId) q.customerId = filter.customerId
    return q as unknown as backend.RequirementQuery
  }

  async function load() {
    const mine = ++seq
    loading.value = true
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

  function setFilter(patch: Partial<RequirementFilter>) {
    return refilter(filter, patch)
  }



  function setView(v: 'list' | 'board') {
    view.value = v
    loaded.value = false
    return load()
  }

  return { filter, view, sort, desc, page, pageSize, rows, shownSort, total, columns, loading, loaded, error, query, load, setFilter, setSort, setPage, setView }
})
