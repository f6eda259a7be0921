import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import * as Deployments from '@/wailsjs/go/api/Deployments'
import * as Customers from '@/wailsjs/go/api/Customers'
import * as Releases from '@/wailsjs/go/api/Releases'
import type { backend } from '@/wailsjs/go/models'
import { DEP_IN_USE } from '@/lib/enums'
import { withReason, type AskGate } from '@/lib/gates'
import { call } from './call'
import { useOnScreen } from './onScreen'
import { exportList } from './longCall'
import type { ListFormat, ListLabels } from '@/lib/listLabels'

export type Deployment = backend.Deployment
export type DeploymentRow = backend.DeploymentRow
export type ChecklistItem = backend.ChecklistItem
export type TrainingSession = backend.TrainingSession
export type Acceptance = backend.Acceptance
/** What the new-deployment form sends: the backend assigns id, number and status. */
export interface NewDeployment {
  customerId: string
  releaseId: string
  environment: string
  releaseOverride: string
}
/** The deployment on screen with the names its title needs. */
export interface DeploymentDetail {
  deployment: Deployment
  customerName: string
  version: string
}

export function emptyDeployment(customerId: string): NewDeployment {
  return { customerId, releaseId: '', environment: 'production', releaseOverride: '' }
}

export function emptyTraining(date: string): TrainingSession {
  return { date, trainer: '', attendees: [], topics: '', materials: '', score: 0 } as TrainingSession
}

/** The release running in production: the newest deployment (rows come newest first) in use there. */
export function currentProduction(rows: readonly DeploymentRow[]): DeploymentRow | undefined {
  return rows.find((r) => r.environment === 'production' && DEP_IN_USE.includes(r.status))
}

/** Lists and arrays the backend may send as null, as empty ones. */
function complete(d: Deployment): Deployment {
  return {
    ...d,
    checklist: d.checklist ?? [],
    trainings: (d.trainings ?? []).map((s) => ({ ...s, attendees: s.attendees ?? [] })),
    acceptance: d.acceptance ?? { by: '', date: '', method: '', note: '' },
  } as Deployment
}

/** Deployments (实施与部署): a customer's list, the deployment on screen, and its moves. */
export const useDeploymentsStore = defineStore('deployments', () => {
  const rows = shallowRef<DeploymentRow[]>([])
  const rowsOf = ref('')
  const loading = ref(false)
  const { detail, show } = useOnScreen<DeploymentDetail>((d) => d.deployment.id)
  const next = ref<Record<string, string[]>>({})

  /** The deployments of one customer, newest first. */
  async function loadCustomer(customerId: string) {
    if (rowsOf.value !== customerId) rows.value = []
    rowsOf.value = customerId
    loading.value = true
    try {
      const got = (await call(Deployments.ByCustomer(customerId))) ?? []
      if (rowsOf.value === customerId) rows.value = got
    } finally {
      loading.value = false
    }
  }

  async function create(input: NewDeployment): Promise<Deployment> {
    const body = { ...input, releaseOverride: input.environment === 'production' ? input.releaseOverride : '' }
    const saved = await call(Deployments.Create(body as unknown as Deployment))
    if (rowsOf.value === input.customerId) await loadCustomer(input.customerId)
    return saved
  }

  /** Loads one deployment with its customer's name and its release's version. */
  const open = (id: string): Promise<DeploymentDetail> => show(id, async () => {
    const d = complete(await call(Deployments.Get(id)))
    const [c, r] = await Promise.all([call(Customers.Get(d.customerId)), call(Releases.Get(d.releaseId))])
    return { deployment: d, customerName: c.name, version: r.release.version }
  })

  function keep(saved: Deployment) {
    const d = complete(saved)
    if (detail.value?.deployment.id === d.id) detail.value = { ...detail.value, deployment: d }
    return d
  }

  /** Saves the whole deployment (one Update: every section's fields at once). */
  async function save(d: Deployment): Promise<Deployment> {
    return keep(await call(Deployments.Update(d)))
  }

  async function nextStatuses(from: string): Promise<string[]> {
    if (!next.value[from]) next.value[from] = (await call(Deployments.NextStatuses(from))) ?? []
    return next.value[from]
  }

  /**
   * Moves a deployment to status `to` with `reason` (a rollback's, asked by the caller). Marking
   * it deployed with checklist items open is refused without a reason (a gate, lib/gates.ts), so
   * askReason is asked for one and the move tried again with it; cancelled, it resolves undefined.
   */
  async function transition(id: string, to: string, reason = '', askReason?: AskGate): Promise<Deployment | undefined> {
    const saved = await withReason((r) => call(Deployments.Transition(id, to, r)), askReason, reason)
    return saved && keep(saved)
  }

  // Customer names the lists brought (their rows carry them), so naming them needs no call.
  const knownNames: Record<string, string> = {}

  /** Which customers have a release: its deployments, newest first. */
  async function byRelease(releaseId: string): Promise<DeploymentRow[]> {
    const rows = (await call(Deployments.ByRelease(releaseId))) ?? []
    for (const r of rows) if (r.customerName) knownNames[r.customerId] = r.customerName
    return rows
  }

  /** Customer names for rows that only carry ids; those a list already named cost no call. */
  async function customerNames(ids: string[]): Promise<Record<string, string>> {
    const uniq = [...new Set(ids)]
    const got = await Promise.all(uniq.map((id) => knownNames[id] ?? call(Customers.Get(id)).then((c) => c.name, () => '')))
    return Object.fromEntries(uniq.map((id, i) => [id, got[i]]))
  }

  /** Saves a customer's deployment history as CSV or Excel. */
  const exportDeployments = (customerId: string, format: ListFormat, labels: ListLabels) => exportList(Deployments.ExportByCustomer, customerId, format, labels)

  return { exportList: exportDeployments, rows, rowsOf, loading, detail, next, loadCustomer, create, open, save, nextStatuses, transition, byRelease, customerNames }
})
