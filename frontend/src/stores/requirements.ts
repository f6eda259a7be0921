import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as Requirements from '@/wailsjs/go/api/Requirements'
import { normalizeError } from '@/lib/errors'
import { call } from './call'
import type { Requirement, RequirementInput, RequirementRow } from './types'

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
  const loading = ref(false)
  // Where each status may go (the status menu). Fixed by the backend's workflow: asked once each.
  const next = ref<Record<string, string[]>>({})

  async function load(id: string) {
    if (id !== customerId.value) {
      rows.value = []
      byStatus.value = {}
    }
    customerId.value = id
    loading.value = true
    try {
      const res = await call(Requirements.ListByCustomer(id))
      rows.value = res.rows ?? []
      byStatus.value = res.byStatus ?? {}
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
    const saved = existing
      ? await call(Requirements.Update({ ...existing, ...body(input) } as Requirement))
      : await call(Requirements.Create(body(input) as unknown as Requirement))
    await load(input.customerId)
    return saved
  }

  /**
   * Moves a requirement to status `to`. Releasing one whose system test failed needs a reason:
   * askReason is asked for it and the move is tried again with it; a cancelled prompt (null)
   * leaves the requirement where it is and resolves undefined.
   */
  async function transition(row: RequirementRow, to: string, askReason?: () => Promise<string | null>): Promise<Requirement | undefined> {
    let saved: Requirement
    try {
      saved = await call(Requirements.Transition(row.id, to, ''))
    } catch (e) {
      const err = normalizeError(e)
      if (err.reason !== 'system_test_failed' || !askReason) throw err
      const reason = await askReason()
      if (!reason) return undefined
      saved = await call(Requirements.Transition(row.id, to, reason))
    }
    await load(row.customerId)
    return saved
  }

  async function remove(row: RequirementRow) {
    await call(Requirements.Delete(row.id))
    await load(row.customerId)
  }

  return { customerId, rows, byStatus, loading, next, load, nextStatuses, get, save, transition, remove }
})
