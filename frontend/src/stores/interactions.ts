import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import * as Interactions from '@/wailsjs/go/api/Interactions'
import { pageOfPosition } from '@/lib/today'
import { call } from './call'
import { exportList } from './longCall'
import type { ListFormat, ListLabels } from '@/lib/listLabels'
import type { backend } from '@/wailsjs/go/models'

export type Interaction = backend.Interaction
export type FollowUp = backend.FollowUp
export type FollowUps = backend.FollowUps
/** What the communication form edits (the backend assigns the id and times). */
export type InteractionInput = Pick<
  Interaction,
  'customerId' | 'kind' | 'at' | 'participants' | 'summary' | 'outcome' | 'nextStep' | 'followUpOn' | 'followUpDone'
>

/** How many follow-ups of each group the home page shows at first, and at most ("Show all"). */
export const HOME_FOLLOW_UPS = 10
export const MAX_FOLLOW_UPS = 200

/** The communication log of the customer on screen, and the follow-ups of the home page. */
export const useInteractionsStore = defineStore('interactions', () => {
  const customerId = ref('')
  const rows = ref<Interaction[]>([])
  const total = ref(0)
  const page = ref(1)
  const pageSize = ref(20)
  const loading = ref(false)
  // Replaced whole on each load, never edited in place: shallow, so hundreds of items are not
  // wrapped in reactive proxies one property read at a time.
  const followUps = shallowRef<FollowUps | null>(null)
  let followUpLimit = HOME_FOLLOW_UPS
  let followUpsSeq = 0 // only the newest load's answer is shown

  /** Loads page p of the customer's log (by default the page on screen, or the first for another
   * customer). */
  async function load(id: string, p?: number) {
    if (id !== customerId.value) {
      rows.value = []
      p ??= 1
    }
    p ??= page.value
    customerId.value = id
    page.value = p
    loading.value = true
    try {
      const res = await call(Interactions.ListByCustomer(id, (p - 1) * pageSize.value, pageSize.value))
      rows.value = res.rows ?? []
      total.value = res.total
    } finally {
      loading.value = false
    }
  }

  async function save(input: InteractionInput, existing?: Interaction) {
    const body = { ...input, participants: [...input.participants] }
    const saved = existing
      ? await call(Interactions.Update({ ...existing, ...body } as Interaction))
      : await call(Interactions.Create(body as Interaction))
    await load(input.customerId, existing ? page.value : 1)
    return saved
  }

  async function remove(i: Interaction) {
    await call(Interactions.Delete(i.id))
    await load(i.customerId)
  }

  async function setFollowUpDone(id: string, done: boolean) {
    const saved = await call(Interactions.SetFollowUpDone(id, done))
    const n = rows.value.findIndex((r) => r.id === id)
    if (n >= 0) rows.value[n] = saved
    // The home page shows the save at once: the follow-up leaves its group before the groups are
    // loaded again (on the large data set drawing the reloaded groups took 0.3 s).
    if (done && followUps.value) {
      followUpsSeq++ // a reload asked before this save must not bring it back
      followUps.value = withoutFollowUp(followUps.value, id)
    }
    return saved
  }

  /** Loads the page of the customer's log that shows this communication (a follow-up opened from
   * the home page may be far down the log). */
  async function loadAround(id: string, interactionId: string) {
    const position = await call(Interactions.Position(interactionId))
    await load(id, pageOfPosition(position, pageSize.value))
  }

  /** Loads the home page's follow-ups, limit per group (by default as many as last time). */
  async function loadFollowUps(limit = followUpLimit) {
    followUpLimit = limit
    const mine = ++followUpsSeq
    const got = await call(Interactions.FollowUps(limit))
    if (mine === followUpsSeq) followUps.value = got
  }

  /** Saves a customer's whole communication log as CSV or Excel. */
  const exportInteractions = (customerId: string, format: ListFormat, labels: ListLabels) => exportList(Interactions.Export, customerId, format, labels)

  return { exportList: exportInteractions, customerId, rows, total, page, pageSize, loading, followUps, load, loadAround, save, remove, setFollowUpDone, loadFollowUps }
})

/** The follow-ups without the one with this communication id, and their groups' totals one less
 * where it was. */
export function withoutFollowUp(f: FollowUps, id: string): FollowUps {
  const out = { ...f } as FollowUps
  for (const [group, total] of [['overdue', 'overdueTotal'], ['dueToday', 'dueTodayTotal'], ['upcoming', 'upcomingTotal']] as const) {
    const items = f[group] ?? []
    if (items.some((x) => x.interaction.id === id)) {
      out[group] = items.filter((x) => x.interaction.id !== id)
      out[total] = Math.max(0, f[total] - 1)
    }
  }
  return out
}

/** The customer's meetings, newest first (requirements cite one as their source). At most one
 * backend page (200): enough to pick from; older ones stay reachable through the log. */
export async function listMeetings(customerId: string): Promise<Interaction[]> {
  const res = await call(Interactions.ListByCustomer(customerId, 0, 200))
  return (res.rows ?? []).filter((i) => i.kind === 'meeting')
}
