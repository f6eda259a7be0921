import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

const api = vi.hoisted(() => ({
  Create: vi.fn(),
  Update: vi.fn(),
  Get: vi.fn(),
  List: vi.fn(),
  Delete: vi.fn(),
  NextStatuses: vi.fn(),
  Transition: vi.fn(),
  DraftNotes: vi.fn(),
  OfRequirement: vi.fn(),
}))
const reqApi = vi.hoisted(() => ({ List: vi.fn() }))
vi.mock('@/wailsjs/go/api/Releases', () => api)
vi.mock('@/wailsjs/go/api/Requirements', () => reqApi)

import { emptyRelease, requirementLabel, useReleasesStore, type Release, type ReleaseRequirement } from './releases'

function rel(status = 'planned', extra: Partial<Release> = {}): Release {
  return {
    id: 'rel-1',
    version: '2.1.0',
    name: '春季版',
    plannedDate: '',
    actualDate: '',
    status,
    requirements: ['r-1', 'r-2'],
    knownIssues: '',
    notes: '',
    createdAt: '',
    updatedAt: '',
    ...extra,
  } as Release
}
function reqRow(n: number, title: string, customerName: string, status = 'in_test'): ReleaseRequirement {
  return { row: { id: `r-${n}`, number: n, customerId: 'c-1', title, status }, customerName, customerRef: 'C-0001' } as unknown as ReleaseRequirement
}
const wire = (e: object) => new Error(JSON.stringify(e))
const failed = { code: 'invalid', field: 'reason', reason: 'tests_failed', message: 'x', params: { gate: true, failed: [{ ref: 'R-0002', tests: ['unit'] }] } }

describe('releases store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
    api.List.mockResolvedValue([])
    api.Get.mockImplementation(async () => ({ release: rel('released'), requirements: null }))
  })

  it('labels a requirement "R-0001 title · customer"', () => {
    expect(requirementLabel(reqRow(1, '导出对账单', '杭州测试'))).toBe('R-0001 导出对账单 · 杭州测试')
    expect(requirementLabel(reqRow(12, 'Export', ''))).toBe('R-0012 Export')
  })

  it('lists the releases and opens one with its requirements', async () => {
    api.List.mockResolvedValueOnce(null)
    const s = useReleasesStore()
    await s.load()
    expect(s.rows).toEqual([])
    expect(s.loaded).toBe(true)
    api.Get.mockResolvedValueOnce({ release: rel(), requirements: [reqRow(1, 'a', 'b')] })
    const d = await s.open('rel-1')
    expect(api.Get).toHaveBeenCalledWith('rel-1')
    expect(d.requirements).toHaveLength(1)
    expect(s.detail?.release.id).toBe('rel-1')
  })

  it('creates with the user fields only, and updates over the existing record', async () => {
    api.Create.mockResolvedValue(rel())
    api.Update.mockImplementation(async (r: Release) => r)
    const s = useReleasesStore()
    const input = { ...emptyRelease(), version: '2.1.0', requirements: ['r-1', 'r-2'] }
    await s.save(input)
    const sent = api.Create.mock.calls[0][0]
    expect(sent).toEqual(input)
    expect(sent).not.toHaveProperty('id')
    expect(sent).not.toHaveProperty('status')
    expect(sent.requirements).not.toBe(input.requirements) // a copy: the form may go on editing
    expect(api.List).toHaveBeenCalledTimes(1)

    await s.save({ ...input, notes: '## 新功能' }, rel('in_test'))
    expect(api.Update).toHaveBeenCalledWith(expect.objectContaining({ id: 'rel-1', status: 'in_test', notes: '## 新功能' }))
  })

  it('puts a taken version under the version field, and a requirement of another release under the requirements', async () => {
    const s = useReleasesStore()
    api.Create.mockRejectedValueOnce(wire({ code: 'conflict', reason: 'version_taken', message: 'x', params: { version: '2.1' } }))
    await expect(s.save({ ...emptyRelease(), version: '2.1' })).rejects.toMatchObject({ field: 'version', reason: 'version_taken', params: { version: '2.1' } })
    api.Create.mockRejectedValueOnce(wire({ code: 'conflict', reason: 'requirement_in_other_release', message: 'x', params: { ref: 'R-0001', version: '2.0' } }))
    await expect(s.save({ ...emptyRelease(), version: '2.2' })).rejects.toMatchObject({ field: 'requirements' })
    api.Create.mockRejectedValueOnce(wire({ code: 'invalid', field: 'plannedDate', reason: 'date', message: 'x' }))
    await expect(s.save({ ...emptyRelease(), version: '2.2' })).rejects.toMatchObject({ field: 'plannedDate', reason: 'date' })
    expect(api.List).not.toHaveBeenCalled()
  })

  it('asks for a reason when a failed test refuses the release, and tries again with it', async () => {
    api.Transition.mockRejectedValueOnce(wire(failed)).mockResolvedValueOnce(rel('released'))
    const ask = vi.fn().mockResolvedValue('客户同意先上线')
    const s = useReleasesStore()
    await s.open('rel-1')
    const saved = await s.transition('rel-1', 'released', ask)
    expect(ask).toHaveBeenCalledWith(expect.objectContaining({ reason: 'tests_failed', params: failed.params }))
    expect(api.Transition.mock.calls).toEqual([
      ['rel-1', 'released', ''],
      ['rel-1', 'released', '客户同意先上线'],
    ])
    expect(saved?.status).toBe('released')
    expect(api.List).toHaveBeenCalled()
    expect(api.Get).toHaveBeenCalledTimes(2) // the release on screen is read again
  })

  it('leaves the release where it is when the reason prompt is cancelled', async () => {
    api.Transition.mockRejectedValueOnce(wire(failed))
    const s = useReleasesStore()
    expect(await s.transition('rel-1', 'released', vi.fn().mockResolvedValue(null))).toBeUndefined()
    expect(api.Transition).toHaveBeenCalledTimes(1)
    expect(api.List).not.toHaveBeenCalled()
  })

  it('passes other refusals on without asking', async () => {
    const notReady = { code: 'conflict', reason: 'release_not_ready', message: 'x', params: { refs: 'R-0003 (draft)', version: '2.1.0' } }
    api.Transition.mockRejectedValueOnce(wire(notReady)).mockRejectedValueOnce(wire(failed))
    const ask = vi.fn()
    const s = useReleasesStore()
    await expect(s.transition('rel-1', 'released', ask)).rejects.toMatchObject({ reason: 'release_not_ready', params: { refs: 'R-0003 (draft)' } })
    // Without a prompt the refusal itself is the answer.
    await expect(s.transition('rel-1', 'released')).rejects.toMatchObject({ reason: 'tests_failed' })
    expect(ask).not.toHaveBeenCalled()
  })

  it('passes the withdrawal reason the menu asked, and asks nothing more', async () => {
    api.Transition.mockResolvedValue(rel('withdrawn'))
    const s = useReleasesStore()
    const ask = vi.fn()
    expect((await s.transition('rel-1', 'withdrawn', ask, '客户取消'))?.status).toBe('withdrawn')
    expect(api.Transition).toHaveBeenLastCalledWith('rel-1', 'withdrawn', '客户取消')
    expect(ask).not.toHaveBeenCalled()
  })

  it('asks the next statuses once per status', async () => {
    api.NextStatuses.mockResolvedValue(['in_test', 'withdrawn'])
    const s = useReleasesStore()
    expect(await s.nextStatuses('planned')).toEqual(['in_test', 'withdrawn'])
    await s.nextStatuses('planned')
    expect(api.NextStatuses).toHaveBeenCalledTimes(1)
  })

  it('deletes, forgetting the release on screen', async () => {
    api.Get.mockResolvedValueOnce({ release: rel(), requirements: [] })
    api.Delete.mockResolvedValue(true)
    const s = useReleasesStore()
    await s.open('rel-1')
    await s.remove('rel-1')
    expect(api.Delete).toHaveBeenCalledWith('rel-1')
    expect(s.detail).toBeNull()
    expect(api.List).toHaveBeenCalledTimes(1)
  })

  it('drafts the notes in the chosen language', async () => {
    api.DraftNotes.mockResolvedValue('# 2.1.0')
    const s = useReleasesStore()
    expect(await s.draftNotes('rel-1', 'zh-CN')).toBe('# 2.1.0')
    expect(api.DraftNotes).toHaveBeenCalledWith('rel-1', 'zh-CN')
  })

  it('searches the requirements of every customer, keeping only the newest answer', async () => {
    let answerOld: (v: unknown) => void = () => {}
    reqApi.List.mockImplementationOnce(() => new Promise((resolve) => (answerOld = resolve))).mockResolvedValueOnce({ rows: [reqRow(2, '发票', 'x')], total: 1 })
    const s = useReleasesStore()
    const first = s.searchRequirements('对')
    const second = await s.searchRequirements('  发票 ')
    answerOld({ rows: [reqRow(1, '对账', 'x')], total: 1 })
    expect(await first).toBeUndefined()
    expect(second?.map((r) => r.row.title)).toEqual(['发票'])
    const q = reqApi.List.mock.calls[1][0]
    expect(q).toMatchObject({ search: '发票', statuses: [], offset: 0, limit: 20 })
    expect(q).not.toHaveProperty('customerId') // "" is not a uuid: every customer
  })
})
