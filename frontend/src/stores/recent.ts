import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { useSystemStore } from './system'

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
/** Where a data file's list is kept: this prefix and the file's id. */
const KEY = 'vendordesk.recent.'
/** Where the one list was kept before lists were kept per file: the first file opened adopts it. */
const OLD_KEY = 'vendordesk.recent'

function stored(key: string): RecentItem[] {
  try {
    const v = JSON.parse(localStorage.getItem(key) ?? '[]')
    return Array.isArray(v) ? v.filter((x) => x && typeof x.id === 'string' && typeof x.kind === 'string').slice(0, RECENT_MAX) : []
  } catch {
    return [] // a value another version wrote, or none
  }
}

/** The records opened lately in the open data file, newest first, kept in this computer's browser
 * storage under the file's id: another data file (a new one, an imported one) has its own list,
 * and the same names in two files are not listed twice. A record not found any more is dropped
 * when it is opened. */
export const useRecentStore = defineStore('recent', () => {
  const items = ref<RecentItem[]>([])
  let key = '' // none until the file's id is known: nothing is kept
  const system = useSystemStore()
  watch(
    () => system.info?.data.fileId ?? '',
    (fileId) => {
      key = fileId ? KEY + fileId : ''
      items.value = key ? stored(key) : []
      if (key && localStorage.getItem(OLD_KEY) !== null) {
        if (!items.value.length) items.value = stored(OLD_KEY)
        localStorage.removeItem(OLD_KEY)
        save()
      }
    },
    { immediate: true },
  )
  function save() {
    if (!key) return
    try {
      localStorage.setItem(key, JSON.stringify(items.value))
    } catch {
      // storage full or denied: the list lasts this session only
    }
  }
  /** Puts a record opened at the top. */
  function visit(item: RecentItem) {
    items.value = [item, ...items.value.filter((x) => x.id !== item.id)].slice(0, RECENT_MAX)
    save()
  }
  /** Forgets a record (deleted, or not found). */
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
