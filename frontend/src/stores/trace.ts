import { defineStore } from 'pinia'
import * as Releases from '@/wailsjs/go/api/Releases'
import type { backend } from '@/wailsjs/go/models'
import { DEP_IN_USE } from '@/lib/enums'
import { call } from './call'
import { useDeploymentsStore } from './deployments'

export type TraceRow = backend.TraceRow
/** Where a requirement is delivered: its release (null when none has it) and who runs that release. */
export interface Delivery {
  release: backend.ReleaseRow | null
  customers: { id: string; name: string }[]
}

/**
 * Traceability (追溯): requirement → design → tests → release → deployments, for one customer or
 * one release, and for one requirement which release delivers it and which customers run it.
 */
export const useTraceStore = defineStore('trace', () => {
  /** The trace of one customer's requirements ({customerId}) or one release's ({releaseId}). */
  async function trace(of: { customerId: string } | { releaseId: string }): Promise<TraceRow[]> {
    const customerId = 'customerId' in of ? of.customerId : ''
    const releaseId = 'releaseId' in of ? of.releaseId : ''
    const rows = (await call(Releases.Trace(customerId, releaseId))) ?? []
    return rows.map((r) => ({ ...r, release: r.release ?? undefined, deployments: r.deployments ?? [] }) as TraceRow)
  }

  /**
   * The release delivering a requirement and the customers whose deployment of it is in use
   * (deployed, in training, live or accepted), each named once, in the deployments' order.
   */
  async function delivery(requirementId: string): Promise<Delivery> {
    const of = await call(Releases.OfRequirement(requirementId))
    if (!of?.found) return { release: null, customers: [] }
    const deployments = useDeploymentsStore()
    const inUse = (await deployments.byRelease(of.release.id)).filter((d) => DEP_IN_USE.includes(d.status))
    const ids = [...new Set(inUse.map((d) => d.customerId))]
    const names = ids.length ? await deployments.customerNames(ids) : {}
    return { release: of.release, customers: ids.map((id) => ({ id, name: names[id] || id })) }
  }

  return { trace, delivery }
})
