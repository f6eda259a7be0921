import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

const api = vi.hoisted(() => ({
  Create: vi.fn(),
  Update: vi.fn(),
  Delete: vi.fn(),
  Get: vi.fn(),
  ListByCustomer: vi.fn(),
  SetFollowUpDone: vi.fn(),
  FollowUps: vi.fn(),
  Position: vi.fn(),
}))
vi.mock('@/wailsjs/go/api/Interactions', () => api)

import { HOME_FOLLOW_UPS, MAX_FOLLOW_UPS, useInteractionsStore } from './interactions'

describe('interactions store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
    api.ListByCustomer.mockResolvedValue({ rows: [], total: 0 })
  })

  it('logs a communication without an id and reloads the first page', async () => {
    api.Create.mockResolvedValue({ id: 'i1' })
    const s = useInteractionsStore()
    const input = { customerId: 'c1', kind: 'meeting', at: '2026-03-01T02:00:00.000Z', participants: ['王伟'], summary: 's', outcome: '', nextStep: '', followUpOn: '2026-03-05', followUpDone: false }
    await s.save(input)
    const sent = api.Create.mock.calls[0][0]
    expect(sent).not.toHaveProperty('id')
    expect(sent).toMatchObject({ at: '2026-03-01T02:00:00.000Z', followUpOn: '2026-03-05', participants: ['王伟'] })
    expect(api.ListByCustomer).toHaveBeenCalledWith('c1', 0, 20)
  })

  it('pages the log newest first through offset and limit', async () => {
    api.ListByCustomer.mockResolvedValue({ rows: [{ id: 'x' }], total: 45 })
    const s = useInteractionsStore()
    await s.load('c1', 1)
    await s.load('c1', 3)
    expect(api.ListByCustomer).toHaveBeenLastCalledWith('c1', 40, 20)
    expect(s.total).toBe(45)
  })

  it('opens another customer’s log on the page that shows a communication', async () => {
    api.Position.mockResolvedValue(45)
    const s = useInteractionsStore()
    await s.load('c1', 2)
    await s.loadAround('c2', 'i9')
    expect(api.Position).toHaveBeenCalledWith('i9')
    expect(api.ListByCustomer).toHaveBeenLastCalledWith('c2', 40, 20)
    expect(s.page).toBe(3)
    await s.load('c3')
    expect(api.ListByCustomer).toHaveBeenLastCalledWith('c3', 0, 20)
  })

  it('ticks a follow-up done in place', async () => {
    api.ListByCustomer.mockResolvedValue({ rows: [{ id: 'x', followUpDone: false }], total: 1 })
    api.SetFollowUpDone.mockResolvedValue({ id: 'x', followUpDone: true })
    const s = useInteractionsStore()
    await s.load('c1', 1)
    await s.setFollowUpDone('x', true)
    expect(api.SetFollowUpDone).toHaveBeenCalledWith('x', true)
    expect(s.rows[0].followUpDone).toBe(true)
  })

  it('asks for the first ten follow-ups per group, and keeps "Show all" when reloading after a done', async () => {
    api.FollowUps.mockResolvedValue({ today: '2026-11-24', overdue: [], dueToday: [], upcoming: [], overdueTotal: 0, dueTodayTotal: 0, upcomingTotal: 0 })
    const s = useInteractionsStore()
    await s.loadFollowUps(HOME_FOLLOW_UPS)
    expect(api.FollowUps).toHaveBeenLastCalledWith(10)
    await s.loadFollowUps(MAX_FOLLOW_UPS)
    await s.loadFollowUps()
    expect(api.FollowUps).toHaveBeenLastCalledWith(200)
  })

  it('takes a follow-up marked done off the home page at once, its group one less', async () => {
    const item = (id: string) => ({ customerName: '客户', interaction: { id } })
    api.FollowUps.mockResolvedValue({ today: '2026-11-24', overdue: [item('a'), item('b')], dueToday: [item('c')], upcoming: [], overdueTotal: 57, dueTodayTotal: 1, upcomingTotal: 0 })
    const s = useInteractionsStore()
    await s.loadFollowUps()
    api.SetFollowUpDone.mockResolvedValue({ id: 'b', followUpDone: true })
    await s.setFollowUpDone('b', true)
    expect(s.followUps?.overdue.map((f) => f.interaction.id)).toEqual(['a'])
    expect([s.followUps?.overdueTotal, s.followUps?.dueTodayTotal]).toEqual([56, 1])
    expect(api.FollowUps).toHaveBeenCalledTimes(1) // before any reload
  })

  it('keeps a follow-up marked done off the page when a reload asked before the save answers after it', async () => {
    const item = (id: string) => ({ customerName: '客户', interaction: { id } })
    const groups = (...ids: string[]) => ({ today: '2026-11-24', overdue: ids.map(item), dueToday: [], upcoming: [], overdueTotal: ids.length, dueTodayTotal: 0, upcomingTotal: 0 })
    api.FollowUps.mockResolvedValueOnce(groups('a', 'b'))
    const s = useInteractionsStore()
    await s.loadFollowUps()
    let answerOld!: (v: unknown) => void
    api.FollowUps.mockReturnValueOnce(new Promise((r) => (answerOld = r)))
    const reload = s.loadFollowUps() // after marking a done: b is still open then
    api.SetFollowUpDone.mockResolvedValue({ id: 'b', followUpDone: true })
    await s.setFollowUpDone('b', true)
    answerOld(groups('b'))
    await reload
    expect(s.followUps?.overdue.map((f) => f.interaction.id)).toEqual(['a'])
  })
})
