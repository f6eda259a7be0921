import type { VNodeChild } from 'vue'

/** A column of a ListTable. */
export interface ListColumn<T> {
  key: string
  title: string
  /** A fixed width in px; a column without one takes what the others leave (at least minWidth). */
  width?: number
  minWidth?: number
  /** A click on its title sorts by it (the table emits `sort`; the list's store sorts). */
  sortable?: boolean
  /** Numbers read best right-aligned. */
  align?: 'left' | 'right'
  render: (row: T) => VNodeChild
}

/** The order a ListTable shows: the column sorted by (null: the list's own order), and which way
 * (a list store's shownSort). */
export interface ListSort {
  sort: string | null
  desc: boolean
}

/** What a ListTable's pager shows. */
export interface ListPaging {
  page: number
  pageSize: number
  total: number
  pageSizes?: number[]
  totalTestid?: string
}
