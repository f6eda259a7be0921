import { defineStore } from 'pinia'
import type { RouteLocationRaw } from 'vue-router'
import * as Search from '@/wailsjs/go/api/Search'
import type { backend } from '@/wailsjs/go/models'
import { call } from './call'

export type SearchResult = backend.SearchResult
export type SearchGroup = backend.SearchGroup
export type SearchHit = backend.SearchHit

/** How many records of each kind the header's results show; "show all" shows up to ALL_HITS. */
export const GROUP_HITS = 5
export const ALL_HITS = 50

/** Where a result opens: the record's own page, or its customer's tab that lists it. */
export function hitRoute(h: SearchHit): RouteLocationRaw {
  const onCustomer = (tab: string) => ({ name: 'customer', params: { id: h.customerId }, query: { tab } })
  switch (h.kind) {
    case 'customer':
      return { name: 'customer', params: { id: h.id } }
    case 'ticket':
      return { name: 'ticket', params: { id: h.id } }
    case 'deployment':
      return { name: 'deployment', params: { id: h.id } }
    case 'release':
      return { name: 'release', params: { id: h.id } }
    case 'competitor':
      return { name: 'competitors' }
    case 'contact':
      return onCustomer('contacts')
    case 'interaction': // the log opens at this communication
      return { name: 'customer', params: { id: h.customerId }, query: { tab: 'interactions', interaction: h.id } }
    case 'requirement':
      return onCustomer('requirements')
    case 'deal':
    case 'sales_contract':
      return onCustomer('deals')
    default: // callbacks and maintenance contracts: the service tab
      return onCustomer('service')
  }
}

/** The global search (the header box, Ctrl+K). */
export const useSearchStore = defineStore('search', () => {
  /** What query names, perKind records of each kind (only of kinds, when given). */
  const find = (query: string, perKind = GROUP_HITS, kinds: string[] = []) => call(Search.Find(query, perKind, kinds))
  /** Readies the search for a query to come (its index is built the first time it is needed). */
  let warmed = false
  function warm() {
    if (warmed) return
    warmed = true
    call(Search.Warm()).catch(() => (warmed = false))
  }
  return { find, warm }
})
