import { defineStore } from 'pinia'
import { ref } from 'vue'

/** A record opened lately, as the sidebar and the search box list it (the shape of a search hit). */
export interface RecentItem {
  kind: string // customer, ticket, deployment, release
  id: string
  customerId: string
  ref: string
  title: string
}

/** How many records are remembered. */
export const RECENT_MAX = 8
const KEY = 'vendordesk.recent'

function stored(): RecentItem[] {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '[]')
    return Array.isArray(v) ? v.filter((x) => x && typeof x.id === 'string' && typeof x.kind === 'string').slice(0, RECENT_MAX) : []
  } catch {
    return [] // a value another version wrote, or none
  }
}

/** The records opened lately, newest first, kept in this computer's browser storage (per data file
 * is not needed: a record of another file is dropped when it is not found). */
export const useRecentStore = defineStore('recent', () => {
  const items = ref<RecentItem[]>(stored())
  function save() {
    try {
      localStorage.setItem(KEY, JSON.stringify(items.value))
    } catch {
      // storage full or denied: the list lasts this session only
    }
  }
  /** Puts a record opened at the top. */
  function visit(item: RecentItem) {
    items.value = [item, ...items.value.filter((x) => x.id !== item.id)].slice(0, RECENT_MAX)
    save()
  }
  /** Forgets a record (deleted, or of another data file). */
  function forget(id: string) {
    items.value = items.value.filter((x) => x.id !== id)
    save()
  }
  /** Forgets every record: the data file was replaced (a restore, an import of a whole file). */
  function clear() {
    items.value = []
    save()
  }
  return { items, visit, forget, clear }
})
