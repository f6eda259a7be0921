import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

const api = vi.hoisted(() => ({ List: vi.fn(), Board: vi.fn(), Modules: vi.fn() }))
vi.mock('@/wailsjs/go/api/Requirements', () => api)
const customersApi = vi.hoisted(() => ({ List: vi.fn(), Get: vi.fn() }))
vi.mock('@/wailsjs/go/api/Customers', () => customersApi)

import { BOARD_PER_COLUMN, CUSTOMER_CHOICES, useRequirementListStore } from './requirementList'

function card(id: string, status = 'draft') {
  return { row: { id, status, number: 1 }, customerName: 'x', customerRef: 'C-0001' }
}
function cards(n: number, status = 'draft') {
  return Array.from({ length: n }, (_, i) => card(`${status}-${i}`, status))
}

const CUSTOMER = '11111111-1111-1111-1111-111111111111'

describe('requirement list store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
    api.List.mockResolvedValue({ rows: [], total: 0 })
    api.Board.mockResolvedValue([])
    api.Modules.mockResolvedValue([])
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

  it('sends the chosen module', async () => {
    const s = useRequirementListStore()
    await s.load()
    expect(api.List.mock.lastCall![0]).toMatchObject({ module: '' })
    await s.setFilter({ module: '报表' })
    expect(api.List.mock.lastCall![0]).toMatchObject({ module: '报表', offset: 0 })
  })

  it('searches customers by name for the customer filter, keeping the newest answer', async () => {
    let first: (v: unknown) => void = () => {}
    customersApi.List.mockReturnValueOnce(new Promise((r) => (first = r))).mockResolvedValueOnce({
      rows: [{ id: CUSTOMER, number: 7, name: '云帆科技', stage: 'customer', tags: [] }],
      total: 1,
    })
    const s = useRequirementListStore()
    const a = s.searchCustomers('云')
    await s.searchCustomers(' 云帆 ')
    first({ rows: [{ id: 'old', number: 1, name: '旧', tags: [] }], total: 1 })
    await a
    expect(customersApi.List.mock.lastCall![0]).toMatchObject({ search: '云帆', sort: 'name', desc: false, offset: 0, limit: CUSTOMER_CHOICES, archived: false })
    expect(s.customerChoices).toEqual([{ id: CUSTOMER, number: 7, name: '云帆科技' }])
  })

  it('chooses a customer: fetches its label when not given, reloads its modules and lets an unused module go', async () => {
    api.Modules.mockImplementation(async (id: string) => (id ? [{ name: '报表', count: 2 }] : [{ name: '报表', count: 3 }, { name: '安全', count: 1 }]))
    customersApi.Get.mockResolvedValue({ id: CUSTOMER, number: 7, name: '云帆科技', tags: [] })
    const s = useRequirementListStore()
    await s.loadModules()
    expect(api.Modules).toHaveBeenLastCalledWith('')
    expect(s.modules).toHaveLength(2)

    s.filter.module = '安全'
    await s.setCustomer(CUSTOMER)
    expect(customersApi.Get).toHaveBeenCalledWith(CUSTOMER)
    expect(s.customer).toEqual({ id: CUSTOMER, number: 7, name: '云帆科技' })
    expect(api.Modules).toHaveBeenLastCalledWith(CUSTOMER)
    expect(s.modules).toEqual([{ name: '报表', count: 2 }])
    expect(api.List.mock.lastCall![0]).toMatchObject({ customerId: CUSTOMER, module: '' })

    await s.setFilter({ module: '报表' })
    await s.setCustomer('')
    expect(s.customer).toBeNull()
    expect(api.Modules).toHaveBeenLastCalledWith('')
    const sent = api.List.mock.lastCall![0]
    expect(sent).not.toHaveProperty('customerId')
    expect(sent).toMatchObject({ module: '报表' }) // every customer still uses it
    expect(customersApi.Get).toHaveBeenCalledTimes(1)
  })

  it('takes a picked customer as given, without asking for it again', async () => {
    const s = useRequirementListStore()
    await s.setCustomer(CUSTOMER, { id: CUSTOMER, number: 7, name: '云帆科技' })
    expect(customersApi.Get).not.toHaveBeenCalled()
    expect(s.customer?.name).toBe('云帆科技')
    expect(api.List.mock.lastCall![0]).toMatchObject({ customerId: CUSTOMER })
  })

  it('clears every filter, the customer too', async () => {
    const s = useRequirementListStore()
    await s.setCustomer(CUSTOMER, { id: CUSTOMER, number: 7, name: '云帆科技' })
    await s.setFilter({ search: 'x', statuses: ['draft'], module: '报表' })
    await s.clearFilter()
    expect(s.customer).toBeNull()
    expect(s.filter).toEqual({ customerId: '', search: '', statuses: [], priorities: [], categories: [], module: '' })
    expect(api.List.mock.lastCall![0]).not.toHaveProperty('customerId')
    expect(api.Modules).toHaveBeenLastCalledWith('')
  })

  it('loads the next cards of one board column under the same filter and appends them', async () => {
    api.Board.mockResolvedValue([
      { status: 'draft', total: 35, cards: cards(30) },
      { status: 'in_review', total: 1, cards: cards(1, 'in_review') },
    ])
    api.List.mockResolvedValue({ rows: cards(35).slice(30), total: 35 })
    const s = useRequirementListStore()
    await s.setCustomer(CUSTOMER, { id: CUSTOMER, number: 7, name: '云帆科技' })
    s.filter.module = '报表'
    s.filter.statuses = ['in_review']
    await s.setView('board')
    const review = s.columns[1]
    api.List.mockClear()

    const more = s.loadMore('draft')
    expect(s.loadingMore.draft).toBe(true)
    await more
    expect(api.List).toHaveBeenCalledTimes(1)
    expect(api.List.mock.calls[0][0]).toMatchObject({
      customerId: CUSTOMER,
      module: '报表',
      statuses: ['draft'],
      sort: 'priority',
      desc: false,
      offset: 30,
      limit: BOARD_PER_COLUMN,
    })
    expect(s.loadingMore.draft).toBe(false)
    expect(s.columns[0].cards.map((c) => c.row.id)).toEqual(cards(35).map((c) => c.row.id))
    expect(s.columns[0].total).toBe(35)
    expect(s.columns[1]).toBe(review)
  })

  it('drops the next cards of a column when the board was loaded again meanwhile', async () => {
    api.Board.mockResolvedValue([{ status: 'draft', total: 35, cards: cards(30) }])
    const s = useRequirementListStore()
    await s.setView('board')
    let answer: (v: unknown) => void = () => {}
    api.List.mockReturnValueOnce(new Promise((r) => (answer = r)))
    const more = s.loadMore('draft')
    api.Board.mockResolvedValue([{ status: 'draft', total: 34, cards: cards(30) }])
    await s.load()
    answer({ rows: cards(35).slice(30), total: 35 })
    await more
    expect(s.columns[0].cards).toHaveLength(30)
    expect(s.columns[0].total).toBe(34)
    expect(s.loadingMore.draft).toBe(false)
  })
})
