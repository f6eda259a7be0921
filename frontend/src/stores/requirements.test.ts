import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

const api = vi.hoisted(() => ({
  Create: vi.fn(),
  Update: vi.fn(),
  Get: vi.fn(),
  ListByCustomer: vi.fn(),
  Transition: vi.fn(),
  NextStatuses: vi.fn(),
  Delete: vi.fn(),
}))
vi.mock('@/wailsjs/go/api/Requirements', () => api)

import { useRequirementsStore, type RequirementInput, type RequirementRow } from './requirements'

const CUSTOMER = '11111111-1111-1111-1111-111111111111'
function input(patch: Partial<RequirementInput> = {}): RequirementInput {
  return {
    customerId: CUSTOMER,
    title: '批量导出',
    description: '',
    category: 'functional',
    priority: 'must',
    source: { kind: 'internal', refId: '', note: '' },
    acceptance: ['导出 1 万行'],
    estimateDays: 1.5,
    module: '报表',
    ...patch,
  }
}
const untested = { status: 'not_started', note: '' }
const row = { id: 'r1', number: 1, customerId: CUSTOMER, title: 'x', category: 'functional', priority: 'must', module: '', status: 'in_test',
  tests: { unit: untested, integration: untested, system: { status: 'failed', note: '' } }, updatedAt: '' } as unknown as RequirementRow

describe('requirements store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
    api.ListByCustomer.mockResolvedValue({ rows: [], byStatus: {} })
    api.NextStatuses.mockResolvedValue([])
  })

  it('creates without an id, number or status, and without a refId unless a meeting is cited', async () => {
    api.Create.mockResolvedValue({ id: 'new', number: 1 })
    const s = useRequirementsStore()
    await s.save(input())
    const sent = api.Create.mock.calls[0][0]
    expect(sent).not.toHaveProperty('id')
    expect(sent).not.toHaveProperty('number')
    expect(sent).not.toHaveProperty('status')
    expect(sent.source).toEqual({ kind: 'internal', note: '' })
    expect(sent.acceptance).toEqual(['导出 1 万行'])
    await s.save(input({ source: { kind: 'meeting', refId: 'm1', note: '' } }))
    expect(api.Create.mock.calls[1][0].source).toEqual({ kind: 'meeting', refId: 'm1', note: '' })
  })

  it('keeps the rows and the counts by status of a list', async () => {
    api.ListByCustomer.mockResolvedValue({ rows: [{ ...row, status: 'draft' }], byStatus: { draft: 2, in_review: 1 } })
    api.NextStatuses.mockResolvedValue(['in_review'])
    const s = useRequirementsStore()
    await s.load(CUSTOMER)
    expect(api.ListByCustomer).toHaveBeenCalledWith(CUSTOMER)
    expect(s.rows).toHaveLength(1)
    expect(s.byStatus).toEqual({ draft: 2, in_review: 1 })
    expect(s.next.draft).toEqual(['in_review'])
  })

  it('asks for a reason when a test failed and moves it again with that reason', async () => {
    api.Transition.mockRejectedValueOnce(new Error(JSON.stringify({ code: 'invalid', field: 'reason', reason: 'tests_failed', message: 'x', params: { gate: true } })))
    api.Transition.mockResolvedValueOnce({ id: 'r1', status: 'released' })
    const s = useRequirementsStore()
    const ask = vi.fn().mockResolvedValue('客户同意先上线')
    const saved = await s.transition(row, 'released', ask)
    expect(ask).toHaveBeenCalledOnce()
    expect(api.Transition.mock.calls).toEqual([
      ['r1', 'released', ''],
      ['r1', 'released', '客户同意先上线'],
    ])
    expect(saved).toMatchObject({ status: 'released' })
    expect(api.ListByCustomer).toHaveBeenCalledWith(CUSTOMER)
  })

  it('leaves the status alone when the reason prompt is cancelled, and passes other refusals on', async () => {
    api.Transition.mockRejectedValue({ code: 'invalid', field: 'reason', reason: 'tests_failed', message: 'x', params: { gate: true } })
    const s = useRequirementsStore()
    expect(await s.transition(row, 'released', async () => null)).toBeUndefined()
    expect(api.Transition).toHaveBeenCalledTimes(1)
    api.Transition.mockRejectedValue({ code: 'invalid', field: 'status', reason: 'transition', message: 'x' })
    await expect(s.transition(row, 'accepted', async () => 'r')).rejects.toMatchObject({ reason: 'transition' })
  })
})
