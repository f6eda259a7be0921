import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

const api = vi.hoisted(() => ({
  ByCustomer: vi.fn(),
  ByRelease: vi.fn(),
  Create: vi.fn(),
  Get: vi.fn(),
  Matrix: vi.fn(),
  NextStatuses: vi.fn(),
  Transition: vi.fn(),
  Update: vi.fn(),
}))
const customers = vi.hoisted(() => ({ Get: vi.fn() }))
const releases = vi.hoisted(() => ({ Get: vi.fn() }))
vi.mock('@/wailsjs/go/api/Deployments', () => api)
vi.mock('@/wailsjs/go/api/Customers', () => customers)
vi.mock('@/wailsjs/go/api/Releases', () => releases)

import { currentProduction, emptyDeployment, useDeploymentsStore, type Deployment, type DeploymentRow } from './deployments'
import { useVersionMatrixStore } from './versionMatrix'

function row(n: number, environment: string, status: string): DeploymentRow {
  return { id: `d-${n}`, number: n, customerId: 'c-1', releaseId: 'rel-1', version: `2.${n}.0`, environment, status, deployedOn: '', goLiveOn: '', updatedAt: '' } as DeploymentRow
}
function dep(extra: Partial<Deployment> = {}): Deployment {
  return { id: 'd-1', number: 1, customerId: 'c-1', releaseId: 'rel-1', environment: 'production', status: 'planned', checklist: null, trainings: null, acceptance: null, notes: '', ...extra } as unknown as Deployment
}
const wire = (e: object) => new Error(JSON.stringify(e))

describe('deployments store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
    api.ByCustomer.mockResolvedValue([])
    customers.Get.mockResolvedValue({ id: 'c-1', name: '杭州测试' })
    releases.Get.mockResolvedValue({ release: { id: 'rel-1', version: '2.1.0' }, requirements: [] })
  })

  it('finds the release in production: the newest in-use deployment there', () => {
    // Rows come newest first.
    const rows = [row(5, 'production', 'preparing'), row(4, 'staging', 'live'), row(3, 'production', 'rolled_back'), row(2, 'production', 'training'), row(1, 'production', 'accepted')]
    expect(currentProduction(rows)?.id).toBe('d-2')
    expect(currentProduction([row(1, 'production', 'planned'), row(2, 'test', 'accepted')])).toBeUndefined()
    expect(currentProduction([])).toBeUndefined()
  })

  it('lists a customer’s deployments, null as none', async () => {
    api.ByCustomer.mockResolvedValueOnce(null).mockResolvedValueOnce([row(1, 'production', 'live')])
    const s = useDeploymentsStore()
    await s.loadCustomer('c-1')
    expect(s.rows).toEqual([])
    await s.loadCustomer('c-1')
    expect(s.rows).toHaveLength(1)
    expect(api.ByCustomer).toHaveBeenCalledWith('c-1')
  })

  it('creates with the form fields only, dropping an override outside production, then reloads the list', async () => {
    api.Create.mockResolvedValue(dep())
    const s = useDeploymentsStore()
    await s.loadCustomer('c-1')
    await s.create({ ...emptyDeployment('c-1'), releaseId: 'rel-1', releaseOverride: '客户急需' })
    expect(api.Create).toHaveBeenLastCalledWith({ customerId: 'c-1', releaseId: 'rel-1', environment: 'production', releaseOverride: '客户急需' })
    expect(api.Create.mock.calls[0][0]).not.toHaveProperty('id')
    await s.create({ ...emptyDeployment('c-1'), releaseId: 'rel-1', environment: 'test', releaseOverride: '旧理由' })
    expect(api.Create).toHaveBeenLastCalledWith(expect.objectContaining({ environment: 'test', releaseOverride: '' }))
    expect(api.ByCustomer).toHaveBeenCalledTimes(3)
  })

  it('passes a refusal on with its field', async () => {
    api.Create.mockRejectedValue(wire({ code: 'invalid', field: 'releaseOverride', reason: 'release_not_released', message: 'x', params: { version: '2.2.0' } }))
    const s = useDeploymentsStore()
    await expect(s.create({ ...emptyDeployment('c-1'), releaseId: 'rel-2' })).rejects.toMatchObject({ field: 'releaseOverride', reason: 'release_not_released', params: { version: '2.2.0' } })
  })

  it('opens a deployment with its customer and version, filling missing lists', async () => {
    api.Get.mockResolvedValue(dep())
    const s = useDeploymentsStore()
    const d = await s.open('d-1')
    expect(d.customerName).toBe('杭州测试')
    expect(d.version).toBe('2.1.0')
    expect(d.deployment.checklist).toEqual([])
    expect(d.deployment.trainings).toEqual([])
    expect(d.deployment.acceptance).toEqual({ by: '', date: '', method: '', note: '' })
    expect(customers.Get).toHaveBeenCalledWith('c-1')
    expect(releases.Get).toHaveBeenCalledWith('rel-1')
  })

  it('saves the whole deployment and moves it, keeping the one on screen', async () => {
    api.Get.mockResolvedValue(dep())
    api.Update.mockImplementation(async (d: Deployment) => ({ ...d, updatedAt: 'now' }))
    api.Transition.mockResolvedValue(dep({ status: 'preparing' }))
    const s = useDeploymentsStore()
    await s.open('d-1')
    const body = { ...s.detail!.deployment, checklist: [{ text: '服务器', done: true, note: '' }] } as Deployment
    await s.save(body)
    expect(api.Update).toHaveBeenCalledWith(body)
    expect(s.detail?.deployment.checklist).toHaveLength(1)
    expect(s.detail?.customerName).toBe('杭州测试')
    await s.transition('d-1', 'preparing')
    expect(api.Transition).toHaveBeenCalledWith('d-1', 'preparing', '')
    expect(s.detail?.deployment.status).toBe('preparing')
  })

  it('asks a reason when the checklist gate refuses "deployed", and moves it again with it', async () => {
    const gate = { code: 'invalid', field: 'reason', reason: 'checklist_open', message: 'x', params: { gate: true, done: 1, total: 2, items: ['服务器'] } }
    api.Transition.mockRejectedValueOnce(wire(gate)).mockResolvedValueOnce(dep({ status: 'deployed' }))
    const s = useDeploymentsStore()
    const ask = vi.fn().mockResolvedValue('服务器下周到货')
    expect((await s.transition('d-1', 'deployed', '', ask))?.status).toBe('deployed')
    expect(ask).toHaveBeenCalledWith(expect.objectContaining({ reason: 'checklist_open', params: gate.params }))
    expect(api.Transition.mock.calls).toEqual([
      ['d-1', 'deployed', ''],
      ['d-1', 'deployed', '服务器下周到货'],
    ])
    // Cancelled: nothing moves, nothing is thrown.
    api.Transition.mockRejectedValueOnce(wire(gate))
    expect(await s.transition('d-1', 'deployed', '', vi.fn().mockResolvedValue(null))).toBeUndefined()
    expect(api.Transition).toHaveBeenCalledTimes(3)
  })

  it('asks the next statuses once per status', async () => {
    api.NextStatuses.mockResolvedValue(['preparing', 'rolled_back'])
    const s = useDeploymentsStore()
    expect(await s.nextStatuses('planned')).toEqual(['preparing', 'rolled_back'])
    await s.nextStatuses('planned')
    expect(api.NextStatuses).toHaveBeenCalledTimes(1)
  })

  it('lists a release’s deployments and names their customers once each', async () => {
    api.ByRelease.mockResolvedValue(null)
    const s = useDeploymentsStore()
    expect(await s.byRelease('rel-1')).toEqual([])
    customers.Get.mockImplementation(async (id: string) => (id === 'c-2' ? Promise.reject(wire({ code: 'not_found' })) : { id, name: `客户${id}` }))
    expect(await s.customerNames(['c-1', 'c-1', 'c-2'])).toEqual({ 'c-1': '客户c-1', 'c-2': '' })
    expect(customers.Get).toHaveBeenCalledTimes(2)
  })
})

describe('version matrix store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
    api.Matrix.mockResolvedValue({ rows: null, total: 0, newest: '' })
  })

  it('asks for a page with the filter, and starts a new filter at page 1', async () => {
    const s = useVersionMatrixStore()
    await s.setPage(3)
    expect(api.Matrix).toHaveBeenLastCalledWith({ search: '', olderThan: '', releaseId: '', offset: 100, limit: 50 })
    expect(s.rows).toEqual([])
    api.Matrix.mockResolvedValueOnce({ rows: [{ customerId: 'c-1', version: '2.0.0', behind: 1 }], total: 1, newest: '2.1.0' })
    await s.refilter({ olderThan: '2.1.0', search: ' 杭州 ' })
    expect(api.Matrix).toHaveBeenLastCalledWith({ search: '杭州', olderThan: '2.1.0', releaseId: '', offset: 0, limit: 50 })
    expect(s.page).toBe(1)
    expect(s.total).toBe(1)
    expect(s.newest).toBe('2.1.0')
  })

  it('keeps only the newest answer', async () => {
    let answerOld: (v: unknown) => void = () => {}
    api.Matrix.mockImplementationOnce(() => new Promise((resolve) => (answerOld = resolve))).mockResolvedValueOnce({ rows: [{ customerId: 'new' }], total: 1, newest: '2.1.0' })
    const s = useVersionMatrixStore()
    const first = s.load()
    await s.refilter({ releaseId: 'rel-1' })
    answerOld({ rows: [{ customerId: 'old' }], total: 9, newest: '' })
    await first
    expect(s.rows.map((r) => r.customerId)).toEqual(['new'])
    expect(s.total).toBe(1)
    expect(s.loading).toBe(false)
  })
})
