import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

const api = vi.hoisted(() => ({
  List: vi.fn(),
  Create: vi.fn(),
  Update: vi.fn(),
  Get: vi.fn(),
  Tags: vi.fn(),
  Linked: vi.fn(),
  SetArchived: vi.fn(),
  Delete: vi.fn(),
  History: vi.fn(),
}))
vi.mock('@/wailsjs/go/api/Customers', () => api)

import { useCustomersStore, emptyCustomer } from './customers'

function row(n: number) {
  return { id: `id-${n}`, number: n, name: `客户${n}`, tags: [] }
}

describe('customers store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
  })

  it('asks for the page the user is on and shows the rows and total', async () => {
    api.List.mockResolvedValue({ rows: [row(21), row(22)], total: 42 })
    const s = useCustomersStore()
    await s.setPage(1, 20)
    await s.setPage(2)
    expect(api.List).toHaveBeenLastCalledWith(expect.objectContaining({ offset: 20, limit: 20, sort: 'updatedAt', desc: true }))
    expect(s.rows.map((r) => r.number)).toEqual([21, 22])
    expect(s.total).toBe(42)
  })

  it('goes back to page 1 when the page size changes', async () => {
    api.List.mockResolvedValue({ rows: [], total: 300 })
    const s = useCustomersStore()
    await s.setPage(4)
    await s.setPage(4, 100)
    expect(api.List).toHaveBeenLastCalledWith(expect.objectContaining({ offset: 0, limit: 100 }))
  })

  it('goes back to page 1 when a filter changes', async () => {
    api.List.mockResolvedValue({ rows: [], total: 0 })
    const s = useCustomersStore()
    await s.setPage(3, 50)
    await s.setFilter({ search: '测试软件', stages: ['lead'] })
    expect(api.List).toHaveBeenLastCalledWith(expect.objectContaining({ search: '测试软件', stages: ['lead'], offset: 0, limit: 50 }))
  })

  it('sorts by the clicked column and falls back to newest first when cleared', async () => {
    api.List.mockResolvedValue({ rows: [], total: 0 })
    const s = useCustomersStore()
    await s.setSort('name', false)
    expect(api.List).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'name', desc: false }))
    await s.setSort(null, false)
    expect(api.List).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'updatedAt', desc: true }))
  })

  it('moves the sort arrow together with the sorted rows, not before they arrive', async () => {
    let answer!: (v: unknown) => void
    api.List.mockImplementationOnce(() => new Promise((r) => (answer = r)))
    const s = useCustomersStore()
    const pending = s.setSort('name', false)
    expect(s.shownSort).toEqual({ sort: 'updatedAt', desc: true })
    answer({ rows: [row(1)], total: 1 })
    await pending
    expect(s.shownSort).toEqual({ sort: 'name', desc: false })
    expect(s.rows.map((r) => r.number)).toEqual([1])
  })

  it('keeps only the newest answer when searches overlap', async () => {
    let first!: (v: unknown) => void
    api.List.mockImplementationOnce(() => new Promise((r) => (first = r))).mockResolvedValueOnce({ rows: [row(2)], total: 1 })
    const s = useCustomersStore()
    const slow = s.setFilter({ search: '测' })
    await s.setFilter({ search: '测试' })
    first({ rows: [row(1)], total: 1 })
    await slow
    expect(s.rows.map((r) => r.number)).toEqual([2])
  })

  it('forgets the kept rows for a page opened on another search, and drops a late answer for them', async () => {
    api.List.mockResolvedValue({ rows: [row(1), row(2)], total: 2 })
    const s = useCustomersStore()
    await s.load()
    let late: (v: unknown) => void = () => {}
    api.List.mockReturnValueOnce(new Promise((r) => (late = r)))
    const reload = s.load() // the warm-up's reload of the old filter, still on its way
    s.forget()
    expect(s.rows).toEqual([])
    expect(s.loaded).toBe(false)
    expect(s.loading).toBe(true)
    api.List.mockResolvedValueOnce({ rows: [row(7)], total: 1 })
    await s.setFilter({ search: '客户7' })
    late({ rows: [row(1), row(2)], total: 2 })
    await reload
    expect(s.rows.map((r) => r.number)).toEqual([7])
    expect(s.loading).toBe(false)
  })

  it('turns a JSON-text rejection into a normalized error and an empty table', async () => {
    api.List.mockRejectedValue(JSON.stringify({ code: 'invalid', field: 'search', reason: 'too_long', message: 'At most 100 characters (got 120).', params: { max: 100, got: 120 } }))
    const s = useCustomersStore()
    await s.load()
    expect(s.error).toMatchObject({ code: 'invalid', field: 'search', reason: 'too_long', params: { max: 100, got: 120 } })
    expect(s.rows).toEqual([])
  })

  // The page opened from the menu sets up its error toast after its load began (asked at the
  // click): what it finds then is that load's error, or none, never the last visit's.
  it('starts each load without the last one\'s error; an early answer\'s failure is there for the page', async () => {
    api.List.mockRejectedValueOnce(JSON.stringify({ code: 'internal', message: 'disk' }))
    const s = useCustomersStore()
    await s.load()
    expect(s.error).toMatchObject({ code: 'internal' })
    let answer!: (v: unknown) => void
    api.List.mockReturnValueOnce(new Promise((r) => (answer = r)))
    const early = s.openEarly()
    expect(s.error).toBeNull() // the page opening now sees no old error
    answer({ rows: [row(1)], total: 1 })
    await early
    api.List.mockRejectedValueOnce(JSON.stringify({ code: 'internal', message: 'disk' }))
    await s.openEarly()
    expect(s.error).toMatchObject({ code: 'internal' }) // failed before the page's setup: still there for it
    await s.openAt('') // the page takes that answer rather than asking again
    expect(api.List).toHaveBeenCalledTimes(3)
  })

  it('creates without an id (Go cannot decode "" into a uuid) and with a tags array', async () => {
    api.Create.mockResolvedValue({ id: 'new', number: 1 })
    const s = useCustomersStore()
    await s.create({ ...emptyCustomer(), name: '杭州测试软件有限公司' })
    const sent = api.Create.mock.calls[0][0]
    expect(sent).not.toHaveProperty('id')
    expect(sent).not.toHaveProperty('createdAt')
    expect(sent.tags).toEqual([])
    expect(sent.name).toBe('杭州测试软件有限公司')
  })

  it('rejects with the normalized backend error on a refused create', async () => {
    api.Create.mockRejectedValue({ code: 'invalid', field: 'name', reason: 'required', message: 'This field is required.' })
    const s = useCustomersStore()
    await expect(s.create(emptyCustomer())).rejects.toMatchObject({ field: 'name', reason: 'required', params: {} })
  })

  it('updates with the stored id and the edited fields', async () => {
    api.Update.mockResolvedValue({})
    const s = useCustomersStore()
    const existing = { ...emptyCustomer(), id: 'abc', number: 7, archived: false, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', name: 'Old' }
    await s.update(existing as never, { ...emptyCustomer(), name: 'New', tags: ['续约'] })
    expect(api.Update).toHaveBeenCalledWith(expect.objectContaining({ id: 'abc', number: 7, name: 'New', tags: ['续约'] }))
  })
})
