import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import * as Releases from '@/wailsjs/go/api/Releases'
import * as Requirements from '@/wailsjs/go/api/Requirements'
import type { backend } from '@/wailsjs/go/models'
import { normalizeError, type AppError } from '@/lib/errors'
import { withReason, type AskGate } from '@/lib/gates'
import { requirementRef } from '@/lib/refs'
import { call } from './call'
import { earlyAnswer } from './earlyAnswer'
import { useOnScreen } from './onScreen'
import { exportList } from './longCall'
import type { ListFormat, ListLabels } from '@/lib/listLabels'
import type { RequirementListRow } from './requirementList'

export type Release = backend.Release
export type ReleaseRow = backend.ReleaseRow
export type ReleaseDetail = backend.ReleaseDetail
/** A requirement a release carries, with its customer (a row of the requirement list). */
export type ReleaseRequirement = RequirementListRow
/** What the release form edits: the user's fields only (the status changes through Transition). */
export type ReleaseInput = Pick<Release, 'version' | 'name' | 'plannedDate' | 'actualDate' | 'requirements' | 'knownIssues' | 'notes'>
/** How many requirements the picker offers per search. */
export const PICK_LIMIT = 20

export function emptyRelease(): ReleaseInput {
  return { version: '', name: '', plannedDate: '', actualDate: '', requirements: [], knownIssues: '', notes: '' }
}

/** "R-0001 导出对账单 · 杭州某某": how the requirement picker names a requirement. */
export function requirementLabel(r: ReleaseRequirement): string {
  const base = `${requirementRef(r.row.number)} ${r.row.title}`
  return r.customerName ? `${base} · ${r.customerName}` : base
}


// Refusals about one of the form's fields that the backend sends as conflicts without a field:
// the form shows them under the field they are about.
const FIELD_OF_REASON: Record<string, string> = {
  version_taken: 'version',
  requirement_in_other_release: 'requirements',
  release_shipped: 'version',
}

function withField(e: unknown): AppError {
  const err = normalizeError(e)
  const field = FIELD_OF_REASON[err.reason]
  return !err.field && field ? { ...err, field } : err
}

/** The releases of the vendor's software: the list page and the release on screen. */
export const useReleasesStore = defineStore('releases', () => {
  const rows = shallowRef<ReleaseRow[]>([])
  const loading = ref(false)
  const loaded = ref(false)
  const { detail, show } = useOnScreen<ReleaseDetail>((d) => d.release.id)
  // Where each status may go (the status menu), asked once each.
  const next = ref<Record<string, string[]>>({})
  let pickSeq = 0

  async function fetchReleases() {
    loading.value = true
    try {
      rows.value = (await call(Releases.List())) ?? []
      loaded.value = true
    } finally {
      loading.value = false
    }
  }

  // openEarly: the releases the version matrix opens on, asked for as its menu item is clicked
  // (earlyAnswer).
  const { load, ask: openEarly } = earlyAnswer(fetchReleases, () => '')

  /** Loads one release with its requirements as the release on screen. */
  const open = (id: string) => show(id, async () => {
    const d = await call(Releases.Get(id))
    return { ...d, requirements: d.requirements ?? [] } as ReleaseDetail
  })

  // After a change: the list and, when it is the release on screen, the detail.
  async function refresh(id: string) {
    await Promise.all([load(), detail.value?.release.id === id ? open(id) : Promise.resolve()])
  }

  async function save(input: ReleaseInput, existing?: Release): Promise<Release> {
    const body: ReleaseInput = { ...input, requirements: [...input.requirements] }
    let saved: Release
    try {
      saved = existing ? await call(Releases.Update({ ...existing, ...body } as Release)) : await call(Releases.Create(body as Release))
    } catch (e) {
      throw withField(e)
    }
    await refresh(saved.id)
    return saved
  }

  async function nextStatuses(from: string): Promise<string[]> {
    if (!next.value[from]) next.value[from] = (await call(Releases.NextStatuses(from))) ?? []
    return next.value[from]
  }

  /**
   * Moves a release to status `to` with `reason` (a withdrawal's, asked by the caller). Releasing
   * one whose requirements include failed tests is refused without a reason (a gate,
   * lib/gates.ts), so askReason is asked for one and the move tried again with it. A cancelled
   * prompt resolves undefined.
   */
  async function transition(id: string, to: string, askReason?: AskGate, reason = ''): Promise<Release | undefined> {
    const saved = await withReason((r) => call(Releases.Transition(id, to, r)), askReason, reason)
    if (!saved) return undefined
    await refresh(id)
    return saved
  }

  async function remove(id: string) {
    await call(Releases.Delete(id))
    if (detail.value?.release.id === id) detail.value = null
    await load()
  }

  /** Release notes in Markdown drafted from the release's requirements, in lang. */
  function draftNotes(id: string, lang: string): Promise<string> {
    return call(Releases.DraftNotes(id, lang))
  }

  /**
   * The requirements of every customer matching `search` (the picker's options), or undefined
   * when a newer search was started meanwhile.
   */
  async function searchRequirements(search: string): Promise<ReleaseRequirement[] | undefined> {
    const mine = ++pickSeq
    const q = { search: search.trim(), statuses: [], priorities: [], categories: [], module: '', sort: 'number', desc: true, offset: 0, limit: PICK_LIMIT }
    const res = await call(Requirements.List(q as unknown as backend.RequirementQuery))
    if (mine !== pickSeq) return undefined
    return res.rows ?? []
  }

  /** Saves the release list as CSV or Excel. */
  const exportReleases = (format: ListFormat, labels: ListLabels) => exportList((_: null, req) => Releases.Export(req), null, format, labels)

  return { rows, loading, loaded, detail, next, load, openEarly, open, save, exportList: exportReleases, nextStatuses, transition, remove, draftNotes, searchRequirements }
})
