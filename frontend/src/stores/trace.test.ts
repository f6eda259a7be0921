import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

const releases = vi.hoisted(() => ({ Trace: vi.fn(), OfRequirement: vi.fn(), Get: vi.fn() }))
const deployments = vi.hoisted(() => ({ ByRelease: vi.fn(), ByCustomer: vi.fn() }))
const customers = vi.hoisted(() => ({ Get: vi.fn() }))
vi.mock('@/wailsjs/go/api/Releases', () => releases)
vi.mock('@/wailsjs/go/api/Deployments', () => deployments)
vi.mock('@/wailsjs/go/api/Customers', () => customers)

import { useTraceStore } from './trace'

const rel = { id: 'rel-1', version: '2.1.0', status: 'released' }
function dep(n: number, customerId: string, status: string) {
  return { id: `d-${n}`, number: n, customerId, releaseId: 'rel-1', version: '2.1.0', environment: 'production', status }
}
const wire = (e: object) => new Error(JSON.stringify(e))

describe('trace store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
    customers.Get.mockImplementation(async (id: string) => ({ id, name: { 'c-1': '云帆科技', 'c-2': '海岳贸易' }[id] ?? '' }))
  })

  it('asks the trace of a customer or of a release, the other id empty', async () => {
    releases.Trace.mockResolvedValue([])
    const s = useTraceStore()
    await s.trace({ customerId: 'c-1' })
    await s.trace({ releaseId: 'rel-1' })
    expect(releases.Trace.mock.calls).toEqual([
      ['c-1', ''],
      ['', 'rel-1'],
    ])
  })

  it('makes null lists empty and a missing release undefined', async () => {
    releases.Trace.mockResolvedValueOnce(null)
    const s = useTraceStore()
    expect(await s.trace({ customerId: 'c-1' })).toEqual([])
    const row = { requirement: { row: { id: 'r-1', number: 1 } }, designed: true, release: null, deployments: null }
    releases.Trace.mockResolvedValueOnce([row, { ...row, release: rel, deployments: [dep(1, 'c-1', 'live')] }])
    const [none, some] = await s.trace({ customerId: 'c-1' })
    expect(none.release).toBeUndefined()
    expect(none.deployments).toEqual([])
    expect(some.release?.version).toBe('2.1.0')
    expect(some.deployments).toHaveLength(1)
  })

  it('passes a refusal on as an AppError', async () => {
    releases.Trace.mockRejectedValueOnce(wire({ code: 'not_found', reason: 'release', message: 'x' }))
    await expect(useTraceStore().trace({ releaseId: 'gone' })).rejects.toMatchObject({ code: 'not_found' })
  })

  it('names the release of a requirement and the customers running it, each once', async () => {
    releases.OfRequirement.mockResolvedValue({ release: rel, found: true })
    deployments.ByRelease.mockResolvedValue([
      dep(4, 'c-2', 'deployed'),
      dep(3, 'c-1', 'planned'), // not running yet
      dep(2, 'c-1', 'accepted'),
      dep(1, 'c-2', 'live'), // c-2 again: named once
      dep(5, 'c-3', 'rolled_back'),
    ])
    const d = await useTraceStore().delivery('r-1')
    expect(releases.OfRequirement).toHaveBeenCalledWith('r-1')
    expect(deployments.ByRelease).toHaveBeenCalledWith('rel-1')
    expect(d.release?.version).toBe('2.1.0')
    expect(d.customers).toEqual([
      { id: 'c-2', name: '海岳贸易' },
      { id: 'c-1', name: '云帆科技' },
    ])
    expect(customers.Get).toHaveBeenCalledTimes(2)
  })

  it('says no release when none delivers the requirement, without asking for deployments', async () => {
    releases.OfRequirement.mockResolvedValue({ release: { id: '', version: '' }, found: false })
    expect(await useTraceStore().delivery('r-1')).toEqual({ release: null, customers: [] })
    expect(deployments.ByRelease).not.toHaveBeenCalled()
  })

  it('has a release but no customers when nobody runs it yet', async () => {
    releases.OfRequirement.mockResolvedValue({ release: rel, found: true })
    deployments.ByRelease.mockResolvedValue(null)
    const d = await useTraceStore().delivery('r-1')
    expect(d).toEqual({ release: rel, customers: [] })
    expect(customers.Get).not.toHaveBeenCalled()
  })
})
