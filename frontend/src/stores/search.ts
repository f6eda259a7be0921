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
  /** Readies the search for the queries to come: its index is loaded (or, with none kept, built)
   * the first time, in the background as the app opens (stepping aside while the window is busy),
   * at once when soon (the box got the focus: a query is coming). */
  const asked = { later: false, soon: false }
  function warm(soon = false) {
    const key = soon ? 'soon' : 'later'
    if (asked[key]) return
    asked[key] = true
    call(Search.Warm(soon)).catch(() => (asked[key] = false))
  }
  return { find, warm }
})
