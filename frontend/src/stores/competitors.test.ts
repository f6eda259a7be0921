import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

const api = vi.hoisted(() => ({
  Create: vi.fn(),
  Update: vi.fn(),
  Get: vi.fn(),
  List: vi.fn(),
  Delete: vi.fn(),
}))
vi.mock('@/wailsjs/go/api/Competitors', () => api)

import { competitorLabel, emptyCompetitor, useCompetitorsStore, type Competitor, type CompetitorRow } from './competitors'
import { competitorRef } from '@/lib/refs'

function comp(n: number, name: string, product = ''): Competitor {
  return { id: `cp-${n}`, number: n, name, product, website: '', strengths: '', weaknesses: '', priceNotes: '', notes: '', createdAt: '', updatedAt: '' } as Competitor
}
const row = (c: Competitor, requirements = 0) => ({ competitor: c, requirements }) as CompetitorRow
const KD = comp(1, '金蝶', '云星空')
const YY = comp(2, '用友', 'U8')

describe('competitors store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
  })

  it('numbers competitors CP-0001 and labels them "name · product"', () => {
    expect(competitorRef(1)).toBe('CP-0001')
    expect(competitorRef(12345)).toBe('CP-12345')
    expect(competitorLabel(KD)).toBe('金蝶 · 云星空')
    expect(competitorLabel(comp(3, '泛微'))).toBe('泛微')
  })

  it('lists with the search trimmed, and keeps the whole register when nothing is searched', async () => {
    api.List.mockResolvedValueOnce([row(KD, 2), row(YY)]).mockResolvedValueOnce([row(YY)])
    const s = useCompetitorsStore()
    await s.load()
    expect(api.List).toHaveBeenLastCalledWith('')
    expect(s.loaded).toBe(true)
    expect(s.rows.map((r) => r.requirements)).toEqual([2, 0])
    expect(s.nameOf('cp-2')).toBe('用友')

    await s.setSearch('  用友 ')
    expect(api.List).toHaveBeenLastCalledWith('用友')
    expect(s.rows.map((r) => r.competitor.name)).toEqual(['用友'])
    // A search narrows the page, not the register the requirement form picks from.
    expect(s.all.map((c) => c.name)).toEqual(['金蝶', '用友'])
    expect(s.nameOf('cp-1')).toBe('金蝶')
    expect(s.nameOf('nope')).toBe('')
  })

  it('shows only the newest answer when searches overlap', async () => {
    let answerOld: (v: CompetitorRow[]) => void = () => {}
    api.List.mockImplementationOnce(() => new Promise((resolve) => (answerOld = resolve))).mockResolvedValueOnce([row(YY)])
    const s = useCompetitorsStore()
    const first = s.setSearch('金')
    await s.setSearch('用')
    answerOld([row(KD)])
    await first
    expect(s.rows.map((r) => r.competitor.name)).toEqual(['用友'])
    expect(s.loading).toBe(false)
  })

  it('asks for the whole register once unless forced', async () => {
    api.List.mockResolvedValue([row(KD)])
    const s = useCompetitorsStore()
    expect((await s.loadAll()).map((c) => c.id)).toEqual(['cp-1'])
    await s.loadAll()
    expect(api.List).toHaveBeenCalledTimes(1)
    await s.loadAll(true)
    expect(api.List).toHaveBeenCalledTimes(2)
  })

  it('creates with the user fields only, updates over the existing record, and reloads', async () => {
    api.List.mockResolvedValue([])
    api.Create.mockResolvedValue(KD)
    api.Update.mockImplementation(async (c: Competitor) => c)
    const s = useCompetitorsStore()
    const input = { ...emptyCompetitor(), name: '金蝶', product: '云星空', strengths: '**财务**强' }
    await s.save(input)
    const sent = api.Create.mock.calls[0][0]
    expect(sent).toEqual(input)
    expect(sent).not.toHaveProperty('id')
    expect(sent).not.toHaveProperty('number')
    expect(api.List).toHaveBeenCalledTimes(1)

    const saved = await s.save({ ...input, weaknesses: '贵' }, KD)
    expect(api.Update).toHaveBeenCalledWith(expect.objectContaining({ id: 'cp-1', number: 1, name: '金蝶', weaknesses: '贵' }))
    expect(saved.weaknesses).toBe('贵')
  })

  it('deletes by id, and passes a refusal on without reloading', async () => {
    api.List.mockResolvedValue([])
    api.Delete.mockResolvedValueOnce(true)
    const s = useCompetitorsStore()
    await s.remove(YY)
    expect(api.Delete).toHaveBeenCalledWith('cp-2')
    expect(api.List).toHaveBeenCalledTimes(1)

    const refusal = { code: 'conflict', reason: 'competitor_cited', message: '1 requirements cite 金蝶', field: '', params: { requirements: 1, name: '金蝶' } }
    api.Delete.mockRejectedValueOnce(new Error(JSON.stringify(refusal)))
    await expect(s.remove(KD)).rejects.toMatchObject({ code: 'conflict', reason: 'competitor_cited', params: { requirements: 1, name: '金蝶' } })
    expect(api.List).toHaveBeenCalledTimes(1)
  })
})
