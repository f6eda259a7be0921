import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import * as Competitors from '@/wailsjs/go/api/Competitors'
import type { backend } from '@/wailsjs/go/models'
import { call } from './call'

export type Competitor = backend.Competitor
export type CompetitorRow = backend.CompetitorRow
/** What the competitor form edits: the user's fields only (the backend assigns id, number, times). */
export type CompetitorInput = Pick<Competitor, 'name' | 'product' | 'website' | 'strengths' | 'weaknesses' | 'priceNotes' | 'notes'>


export function emptyCompetitor(): CompetitorInput {
  return { name: '', product: '', website: '', strengths: '', weaknesses: '', priceNotes: '', notes: '' }
}

/** "金蝶 · 云星空": how a select names a competitor. */
export function competitorLabel(c: Pick<Competitor, 'name' | 'product'>): string {
  return c.product ? `${c.name} · ${c.product}` : c.name
}

/** The market-research register (市场调研). It is small (tens of entries), so it is listed whole:
 * `rows` is what the research page shows for its search, `all` every competitor, kept for the
 * requirement form's select and for naming the competitor a requirement cites. */
export const useCompetitorsStore = defineStore('competitors', () => {
  const search = ref('')
  const rows = shallowRef<CompetitorRow[]>([])
  const loading = ref(false)
  const loaded = ref(false) // false until the first answer: no "empty" flash before it
  const all = shallowRef<Competitor[]>([])
  let allLoaded = false
  const byId = computed(() => new Map(all.value.map((c) => [c.id, c])))

  // Typing fires a request per pause; only the newest answer may land in the table.
  let seq = 0

  async function load() {
    const mine = ++seq
    const q = search.value
    loading.value = true
    try {
      const res = (await call(Competitors.List(q))) ?? []
      if (mine !== seq) return
      rows.value = res
      loaded.value = true
      if (!q) {
        all.value = res.map((r) => r.competitor)
        allLoaded = true
      }
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  function setSearch(s: string) {
    search.value = s.trim()
    return load()
  }

  /** Every competitor, asked for once; `force` asks again (after a change elsewhere). */
  async function loadAll(force = false) {
    if (allLoaded && !force) return all.value
    all.value = ((await call(Competitors.List(''))) ?? []).map((r) => r.competitor)
    allLoaded = true
    return all.value
  }

  /** The name of a competitor by id, '' when it is not (or not yet) known. */
  function nameOf(id: string): string {
    return byId.value.get(id)?.name ?? ''
  }

  // After a change both lists are out of date: the page's rows and the cached register.
  async function refresh() {
    allLoaded = false
    await load()
    if (search.value) await loadAll(true)
  }

  async function save(input: CompetitorInput, existing?: Competitor) {
    const body: CompetitorInput = { ...input }
    const saved = existing ? await call(Competitors.Update({ ...existing, ...body } as Competitor)) : await call(Competitors.Create(body as Competitor))
    await refresh()
    return saved
  }

  async function remove(c: Competitor) {
    await call(Competitors.Delete(c.id))
    await refresh()
  }

  return { search, rows, loading, loaded, all, load, setSearch, loadAll, nameOf, save, remove }
})
