import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { makeI18n } from '@/i18n'

const api = vi.hoisted(() => ({ List: vi.fn(), SavePolicy: vi.fn(), DeletePolicy: vi.fn(), SaveTier: vi.fn(), DeleteTier: vi.fn() }))
vi.mock('@/wailsjs/go/api/ServiceLevels', () => api)

import { calendarSummary, emptyPolicy, NIL_ID, policyBody, policyInput, useServiceLevelsStore, type ServiceTier, type SLAPolicy } from './serviceLevels'

const office = () => [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '18:00' }]
function policy(id: string, name: string, always = false): SLAPolicy {
  const week = always ? [[], [], [], [], [], [], []] : [[], office(), office(), office(), office(), office(), []]
  const t = { firstResponse: 60, nextResponse: 120, resolution: 480 }
  return {
    id,
    name,
    calendar: { always, timeZone: 'Asia/Shanghai', week, holidays: [], extraWorkdays: [] },
    targets: { P1: t, P2: t, P3: t, P4: t },
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  } as unknown as SLAPolicy
}
const tier = (id: string, name: string, policyId: string) => ({ id, name, policyId, description: '', createdAt: '', updatedAt: '' }) as ServiceTier
const P58 = policy('p-1', '5x8')
const P724 = policy('p-2', '7x24', true)

describe('service levels store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
    api.List.mockResolvedValue({ policies: [P58, P724], tiers: [tier('t-1', '5x8', 'p-1')] })
  })

  it('lists policies and tiers and names a tier’s policy', async () => {
    const s = useServiceLevelsStore()
    await s.load()
    expect(s.loaded).toBe(true)
    expect(s.policies.map((p) => p.name)).toEqual(['5x8', '7x24'])
    expect(s.policyName('p-1')).toBe('5x8')
    expect(s.policyName('nope')).toBe('')
  })

  it('creates with the nil id and no times, updates with the id, and reloads', async () => {
    api.SavePolicy.mockImplementation(async (p: SLAPolicy) => p)
    const s = useServiceLevelsStore()
    const input = { ...emptyPolicy(), name: '5x8 华东' }
    await s.savePolicy(input)
    const sent = api.SavePolicy.mock.calls[0][0]
    expect(sent.id).toBe(NIL_ID)
    expect(sent).not.toHaveProperty('createdAt')
    expect(sent.calendar.week).toHaveLength(7)
    expect(sent.calendar.week[1]).toEqual(office())
    expect(Object.keys(sent.targets)).toEqual(['P1', 'P2', 'P3', 'P4'])
    expect(api.List).toHaveBeenCalledTimes(1)

    await s.savePolicy(policyInput(P58), P58)
    expect(api.SavePolicy.mock.calls[1][0]).toMatchObject({ id: 'p-1', name: '5x8' })
  })

  it('sends a 7x24 calendar without hours or days off, but keeps them in the form', () => {
    const input = policyInput(P58)
    input.calendar.holidays = ['2027-01-01']
    input.calendar.always = true
    const body = policyBody(input) as unknown as { calendar: { week: unknown[][]; holidays: string[] } }
    expect(body.calendar.week.every((d) => d.length === 0)).toBe(true)
    expect(body.calendar.holidays).toEqual([])
    expect(input.calendar.holidays).toEqual(['2027-01-01'])
    expect(input.calendar.week[1]).toHaveLength(2)
  })

  it('copies a stored policy deeply, with every day present even when the backend sent null', () => {
    const p = policy('p-9', 'x')
    ;(p.calendar as unknown as { week: unknown[] }).week = [null, office()]
    const input = policyInput(p)
    expect(input.calendar.week).toHaveLength(7)
    expect(input.calendar.week[0]).toEqual([])
    input.calendar.week[1][0].start = '08:00'
    expect(p.calendar.week[1][0].start).toBe('09:00')
  })

  it('sends a tier without a policy with the nil policy id (the backend says it is required)', async () => {
    api.SaveTier.mockImplementation(async (t: ServiceTier) => t)
    const s = useServiceLevelsStore()
    await s.saveTier({ name: 'Gold', policyId: '', description: '' })
    expect(api.SaveTier).toHaveBeenCalledWith({ id: NIL_ID, name: 'Gold', policyId: NIL_ID, description: '' })
    await s.saveTier({ name: 'Gold', policyId: 'p-1', description: 'd' }, tier('t-1', 'Gold', 'p-2'))
    expect(api.SaveTier).toHaveBeenLastCalledWith({ id: 't-1', name: 'Gold', policyId: 'p-1', description: 'd' })
  })

  it('passes a refused delete on without reloading', async () => {
    const refusal = { code: 'conflict', reason: 'policy_in_use', message: 'in use', field: '', params: { name: '5x8' } }
    api.DeletePolicy.mockRejectedValueOnce(new Error(JSON.stringify(refusal)))
    const s = useServiceLevelsStore()
    await expect(s.removePolicy(P58)).rejects.toMatchObject({ reason: 'policy_in_use', params: { name: '5x8' } })
    expect(api.List).not.toHaveBeenCalled()
    api.DeleteTier.mockResolvedValueOnce(true)
    await s.removeTier(tier('t-1', '5x8', 'p-1'))
    expect(api.DeleteTier).toHaveBeenCalledWith('t-1')
    expect(api.List).toHaveBeenCalledTimes(1)
  })

  it('summarizes a calendar in one line in both languages', () => {
    const en = makeI18n('en').global
    const zh = makeI18n('zh-CN').global
    const c = policyInput(P58).calendar
    expect(calendarSummary(c, en)).toBe('Mon–Fri 09:00–12:00, 13:00–18:00 · China (Beijing) (UTC+8)')
    c.holidays = ['2027-01-01', '2027-01-02', '2027-01-03']
    c.extraWorkdays = ['2027-01-09']
    c.week[6] = [{ start: '10:00', end: '12:00' }]
    expect(calendarSummary(c, en)).toBe('Mon–Fri 09:00–12:00, 13:00–18:00; Sat 10:00–12:00 · China (Beijing) (UTC+8) · 3 holidays · 1 extra working day')
    expect(calendarSummary(c, zh)).toBe('周一–周五 09:00–12:00、13:00–18:00；周六 10:00–12:00 · 北京时间（UTC+8） · 3 个节假日 · 1 个调休上班日')
    expect(calendarSummary(P724.calendar, en)).toBe('7x24')
    expect(calendarSummary(P724.calendar, zh)).toBe('7×24 小时')
  })
})
