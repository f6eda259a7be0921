import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as Requirements from '@/wailsjs/go/api/Requirements'
import { withReason, type AskGate } from '@/lib/gates'
import { call } from './call'
import type { backend } from '@/wailsjs/go/models'
import type { HistoryEvent } from './history'

export type Requirement = backend.Requirement
export type RequirementRow = backend.RequirementRow
export type RequirementDesign = backend.Design
/** A requirement's test state as plain data (the generated class adds a conversion method). */
export interface RequirementTests {
  unit: backend.TestResult
  integration: backend.TestResult
  system: backend.TestResult
}

/** What the requirement form edits. The status changes only through Transition; the design and
 * test state are kept as they are on update. */
export interface RequirementInput {
  customerId: string
  title: string
  description: string
  category: string
  priority: string
  source: { kind: string; refId: string; note: string }
  acceptance: string[]
  estimateDays: number
  module: string
}

/** The body Go decodes: a source without a meeting sends no refId ("" is not a uuid). */
function body(input: RequirementInput) {
  const { refId, ...source } = input.source
  return { ...input, source: refId ? { ...source, refId } : source, acceptance: [...input.acceptance] }
}

/** The requirements of the customer on screen, with how many are in each status. */
export const useRequirementsStore = defineStore('requirements', () => {
  const customerId = ref('')
  const rows = ref<RequirementRow[]>([])
  const byStatus = ref<Record<string, number>>({})
  // Against the latest confirmed baseline: its version (0: none), the rows changed or new since
  // (by id), and how many it confirmed that are out of the set now.
  const baseline = ref(0)
  const since = ref<Record<string, string>>({})
  const removedSince = ref(0)
  const loading = ref(false)
  // Where each status may go (the status menu). Fixed by the backend's workflow: asked once each.
  const next = ref<Record<string, string[]>>({})
  // The test state of each row (the table's U/I/S indicator), by requirement id.
  // Each row's test statuses, by requirement id (the list rows carry them, without the notes).
  const tests = computed<Record<string, RequirementTests>>(() => Object.fromEntries(rows.value.map((r) => [r.id, r.tests as RequirementTests])))

  async function load(id: string) {
    if (id !== customerId.value) {
      rows.value = []
      byStatus.value = {}
      baseline.value = 0
      since.value = {}
      removedSince.value = 0
    }
    customerId.value = id
    loading.value = true
    try {
      const res = await call(Requirements.ListByCustomer(id))
      rows.value = res.rows ?? []
      byStatus.value = res.byStatus ?? {}
      baseline.value = res.baseline ?? 0
      since.value = res.since ?? {}
      removedSince.value = res.removed ?? 0
    } finally {
      loading.value = false
    }
    // Ready before the user opens a row's status menu.
    const missing = [...new Set(rows.value.map((r) => r.status))].filter((s) => !next.value[s])
    await Promise.all(missing.map((s) => nextStatuses(s).catch(() => [])))
  }

  async function nextStatuses(from: string): Promise<string[]> {
    if (!next.value[from]) next.value[from] = (await call(Requirements.NextStatuses(from))) ?? []
    return next.value[from]
  }

  function get(id: string): Promise<Requirement> {
    return call(Requirements.Get(id))
  }

  async function save(input: RequirementInput, existing?: Requirement) {
    if (existing) return update({ ...existing, ...body(input) } as Requirement)
    const saved = await call(Requirements.Create(body(input) as unknown as Requirement))
    await load(input.customerId)
    return saved
  }

  /** Saves a whole requirement as edited (its design and tests, say); the status is the backend's. */
  async function update(r: Requirement) {
    const saved = await call(Requirements.Update(r))
    await load(r.customerId)
    return saved
  }

  /**
   * Moves a requirement to status `to`. Releasing one whose tests failed needs a reason (a gate,
   * lib/gates.ts): askReason is asked for it and the move is tried again with it; a cancelled
   * prompt leaves the requirement where it is and resolves undefined.
   */
  async function transition(row: RequirementRow, to: string, askReason?: AskGate): Promise<Requirement | undefined> {
    const saved = await withReason((reason) => call(Requirements.Transition(row.id, to, reason)), askReason)
    if (!saved) return undefined
    await load(row.customerId)
    return saved
  }

  /** One requirement's changes, newest first. */
  async function history(id: string, offset: number, limit: number): Promise<HistoryEvent[]> {
    return (await call(Requirements.History(id, offset, limit))) ?? []
  }

  async function remove(row: RequirementRow) {
    await call(Requirements.Delete(row.id))
    await load(row.customerId)
  }

  return { customerId, rows, byStatus, baseline, since, removedSince, loading, next, tests, load, nextStatuses, get, save, update, transition, history, remove }
})
