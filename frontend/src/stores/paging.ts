import { ref, type Ref } from 'vue'

/**
 * The sorting and paging every list page shares. A new sort or filter starts again at page 1
 * (page 7 of the old result means nothing now); a new page size does too. `load` is the store's
 * own reload, called after each change.
 */
export function usePaging(load: () => Promise<void>, defaultSort = 'updatedAt') {
  const sort = ref(defaultSort)
  const desc = ref(true)
  const page = ref(1)
  const pageSize = ref(50)

  /** The part of a list query that says which page, in which order. */
  function pageQuery() {
    return { sort: sort.value, desc: desc.value, offset: (page.value - 1) * pageSize.value, limit: pageSize.value }
  }

  /** Applies a filter change and reloads from page 1. */
  function refilter<F extends object>(filter: F, patch: Partial<F>) {
    Object.assign(filter, patch)
    page.value = 1
    return load()
  }

  function setSort(column: string | null, descending: boolean) {
    sort.value = column ?? defaultSort
    desc.value = column ? descending : true
    page.value = 1
    return load()
  }

  function setPage(p: number, size = pageSize.value) {
    if (size !== pageSize.value) p = 1
    page.value = p
    pageSize.value = size
    return load()
  }

  return { sort, desc, page, pageSize, pageQuery, refilter, setSort, setPage }
}

/** What a list store shows of its last answer. */
interface ShownAnswer<R> {
  rows: Ref<R[]>
  total: Ref<number>
  loaded: Ref<boolean>
  loading: Ref<boolean>
}

/** Lets go of the rows a list store kept from the last visit, when its page opens on another
 * filter (a link): no rows until the next answer, and no "empty" either (loaded is false, an answer
 * is awaited). The store also drops any answer still on its way for the old filter. */
export function clearAnswer<R>(shown: ShownAnswer<R>) {
  shown.rows.value = []
  shown.total.value = 0
  shown.loaded.value = false
  shown.loading.value = true
}
