import { defineStore } from 'pinia'
import { reactive, ref, shallowRef } from 'vue'
import * as Deployments from '@/wailsjs/go/api/Deployments'
import type { backend } from '@/wailsjs/go/models'
import { call } from './call'
import { earlyAnswer } from './earlyAnswer'
import { exportList } from './longCall'
import type { ListFormat, ListLabels } from '@/lib/listLabels'

export type MatrixRow = backend.MatrixRow
export interface MatrixFilter {
  search: string
  /** Only customers whose production version is older than this released version. */
  olderThan: string
  /** Only customers running this release. */
  releaseId: string
}

/** The version matrix: which customer runs which version in production, a page at a time. */
export const useVersionMatrixStore = defineStore('versionMatrix', () => {
  const filter = reactive<MatrixFilter>({ search: '', olderThan: '', releaseId: '' })
  const rows = shallowRef<MatrixRow[]>([])
  const total = ref(0)
  const newest = ref('')
  const page = ref(1)
  const pageSize = ref(50)
  const loading = ref(false)
  let seq = 0

  const query = () =>
    ({ search: filter.search.trim(), olderThan: filter.olderThan, releaseId: filter.releaseId, offset: (page.value - 1) * pageSize.value, limit: pageSize.value }) as backend.MatrixQuery
  /** Saves the whole matrix as filtered as CSV or Excel. */
  const exportMatrix = (format: ListFormat, labels: ListLabels) => exportList(Deployments.ExportMatrix, query(), format, labels)

  async function fetchMatrix() {
    const mine = ++seq
    loading.value = true
    try {
      const m = await call(Deployments.Matrix(query()))
      if (mine !== seq) return // a newer query was started meanwhile
      rows.value = m.rows ?? []
      total.value = m.total
      newest.value = m.newest
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  // openEarly: the matrix as the menu item opens it, asked for as the item is clicked (earlyAnswer).
  const { load, ask: openEarly } = earlyAnswer(fetchMatrix, () => JSON.stringify(query()))

  /** Applies a filter change and reloads from page 1. */
  function refilter(patch: Partial<MatrixFilter>) {
    Object.assign(filter, patch)
    page.value = 1
    return load()
  }

  function setPage(p: number) {
    page.value = p
    return load()
  }

  return { exportList: exportMatrix, filter, rows, total, newest, page, pageSize, loading, load, openEarly, refilter, setPage }
})
