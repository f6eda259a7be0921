import { defineStore } from 'pinia'
import * as Search from '@/wailsjs/go/api/Search'
import type { backend } from '@/wailsjs/go/models'
import { call } from './call'

export { recordRoute as hitRoute } from '@/lib/recordRoute'

export type SearchResult = backend.SearchResult
export type SearchGroup = backend.SearchGroup
export type SearchHit = backend.SearchHit

/** How many records of each kind the header's results show; "show all" shows up to ALL_HITS. */
export const GROUP_HITS = 5
export const ALL_HITS = 50

/** The global search (the header box, Ctrl+K). */
export const useSearchStore = defineStore('search', () => {
  /** What query names, perKind records of each kind (only of kinds, when given). */
  const find = (query: string, perKind = GROUP_HITS, kinds: string[] = []) => call(Search.Find(query, perKind, kinds))
  /** Readies the search for a query to come: its index is built the first time (as the app
   * opens, or when the box gets the focus). */
  let warmed = false
  function warm() {
    if (warmed) return
    warmed = true
    call(Search.Warm()).catch(() => (warmed = false))
  }
  return { find, warm }
})
