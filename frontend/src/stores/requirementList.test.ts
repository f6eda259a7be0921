import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

const api = vi.hoisted(() => ({ List: vi.fn(), Board: vi.fn() }))
vi.mock('@/wailsjs/go/api/Requirements', () => api)

import { BOARD_PER_COLUMN, useRequirementListStore } from './requirementList'

const CUSTOMER = '11111111-1111-1111-1111-111111111111'

describe('requirement list store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
    api.List.mockResolvedValue({ rows: [], total: 0 })
    api.Board.mockResolvedValue([])
  })

  it('sends no customerId when no customer is chosen ("" is not a uuid)', async () => {
    const s = useRequirementListStore()
    await s.load()
    const sent = api.List.mock.calls[0][0]
    expect(sent).not.toHaveProperty('customerId')
    expect(sent).toMatchObject({ search: '', statuses: [], sort: 'updatedAt', desc: true, offset: 0, limit: 50 })
    await s.setFilter({ customerId: CUSTOMER, statuses: ['draft'] })
    expect(api.List.mock.calls[1][0]).toMatchObject({ customerId: CUSTOMER, statuses: ['draft'] })
  })

  it('pages by offset and starts again at page 1 on a new filter or sort', async () => {
    api.List.mockResolvedValue({ rows: [{ row: { id: 'a' }, customerName: 'x', customerRef: 'C-0001' }], total: 120 })
    const s = useRequirementListStore()
    await s.setPage(3)
    expect(api.List.mock.lastCall![0]).toMatchObject({ offset: 100, limit: 50 })
    expect(s.total).toBe(120)
    expect(s.rows).toHaveLength(1)
    await s.setPage(2, 20)
    expect(api.List.mock.lastCall![0]).toMatchObject({ offset: 0, limit: 20 })
    await s.setPage(2)
    expect(api.List.mock.lastCall![0]).toMatchObject({ offset: 20, limit: 20 })
    await s.setFilter({ search: '导出' })
    expect(api.List.mock.lastCall![0]).toMatchObject({ search: '导出', offset: 0 })
    await s.setPage(2)
    await s.setSort('priority', false)
    expect(api.List.mock.lastCall![0]).toMatchObject({ sort: 'priority', desc: false, offset: 0 })
    expect(s.shownSort).toEqual({ sort: 'priority', desc: false })
  })

  it('loads the board with the same filter and no customerId', async () => {
    api.Board.mockResolvedValue([{ status: 'draft', total: 2, cards: [] }])
    const s = useRequirementListStore()
    s.filter.priorities = ['must']
    await s.setView('board')
    expect(api.List).not.toHaveBeenCalled()
    const [q, per] = api.Board.mock.calls[0]
    expect(q).not.toHaveProperty('customerId')
    expect(q).toMatchObject({ priorities: ['must'] })
    expect(per).toBe(BOARD_PER_COLUMN)
    expect(s.columns).toEqual([{ status: 'draft', total: 2, cards: [] }])
  })

  it('keeps only the newest answer', async () => {
    let first: (v: unknown) => void = () => {}
    api.List.mockReturnValueOnce(new Promise((r) => (first = r))).mockResolvedValueOnce({ rows: [], total: 7 })
    const s = useRequirementListStore()
    const a = s.setFilter({ search: 'a' })
    await s.setFilter({ search: 'ab' })
    first({ rows: [], total: 99 })
    await a
    expect(s.total).toBe(7)
  })
})
