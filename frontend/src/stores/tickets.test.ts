import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

const api = vi.hoisted(() => ({
  AddEntry: vi.fn(),
  Clocks: vi.fn(),
  Create: vi.fn(),
  Detail: vi.fn(),
  Get: vi.fn(),
  List: vi.fn(),
  NextStatuses: vi.fn(),
  Thread: vi.fn(),
  Transition: vi.fn(),
  Update: vi.fn(),
}))
const customers = vi.hoisted(() => ({ Get: vi.fn(), List: vi.fn() }))
const contacts = vi.hoisted(() => ({ ListByCustomer: vi.fn() }))
const releases = vi.hoisted(() => ({ Get: vi.fn(), List: vi.fn() }))
vi.mock('@/wailsjs/go/api/Tickets', () => api)
vi.mock('@/wailsjs/go/api/Customers', () => customers)
vi.mock('@/wailsjs/go/api/Contacts', () => contacts)
vi.mock('@/wailsjs/go/api/Releases', () => releases)

import { emptyTicket, HOME_TICKETS, NIL_ID, ticketInput, useTicketsStore, type Ticket } from './tickets'

const page = (n: number) => ({ rows: [], total: n, counts: { open: n, atRisk: 1, breached: 2 }, now: '2026-11-24T10:00:00Z' })
const ticket = (extra: Partial<Ticket> = {}) =>
  ({ id: 't-1', number: 7, customerId: 'c-1', contactId: 'p-1', title: '停机', description: '', kind: 'incident', priority: 'P1', channel: 'phone',
    status: 'new', releaseId: 'r-1', fixedInId: NIL_ID, outOfContract: false, spentMinutes: 0, ...extra }) as unknown as Ticket

describe('tickets store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
    api.List.mockResolvedValue(page(3))
  })

  it('asks for the queue with its filters, due time first, and a new filter goes back to page 1', async () => {
    const s = useTicketsStore()
    await s.load()
    expect(api.List).toHaveBeenLastCalledWith(expect.objectContaining({ view: 'open', sort: 'due', desc: false, offset: 0, limit: 50 }))
    expect(s.counts).toEqual({ open: 3, atRisk: 1, breached: 2 })
    await s.paging.setPage(3)
    expect(api.List).toHaveBeenLastCalledWith(expect.objectContaining({ offset: 100 }))
    await s.setFilter({ view: 'breached', priorities: ['P1'] })
    expect(api.List).toHaveBeenLastCalledWith(expect.objectContaining({ view: 'breached', priorities: ['P1'], offset: 0 }))
  })

  // Home's "12 breached" opened on the queue kept from the last visit (open, with a search): the
  // kept rows must not show while the breached queue is asked for, nor the search narrow it.
  it('a linked queue lets go of another queue kept from the last visit, and of its search', async () => {
    api.List.mockResolvedValue({ ...page(1), rows: [ticket({ title: 'open one' })] })
    const s = useTicketsStore()
    await s.setFilter({ search: '停机' })
    let answer: (p: unknown) => void = () => {}
    api.List.mockReturnValue(new Promise((r) => (answer = r)))
    const opening = s.openLinked({ view: 'breached', priorities: [], customerId: '', kinds: [], search: '' })
    expect(s.rows).toEqual([])
    expect(s.loaded).toBe(false)
    expect(api.List).toHaveBeenLastCalledWith(expect.objectContaining({ view: 'breached', search: '', offset: 0 }))
    answer({ ...page(1), rows: [ticket({ title: 'breached one' })] })
    await opening
    expect(s.rows.map((r) => r.title)).toEqual(['breached one'])
  })

  it('a linked queue that is the one kept keeps its rows until the answer', async () => {
    api.List.mockResolvedValue({ ...page(1), rows: [ticket({ title: 'breached one' })] })
    const s = useTicketsStore()
    await s.setFilter({ view: 'breached' })
    api.List.mockReturnValue(new Promise(() => {}))
    s.openLinked({ view: 'breached', priorities: [], customerId: '', kinds: [], search: '' })
    expect(s.rows.map((r) => r.title)).toEqual(['breached one'])
  })

  it('loads the first breached and at-risk tickets for the home page, most overdue first', async () => {
    api.List.mockImplementation(async (q: { view: string }) => ({ ...page(9), rows: q.view === 'breached' ? [ticket()] : null }))
    const s = useTicketsStore()
    await s.loadHome()
    expect(api.List).toHaveBeenCalledWith(expect.objectContaining({ view: 'breached', sort: 'due', desc: false, offset: 0, limit: HOME_TICKETS }))
    expect(api.List).toHaveBeenCalledWith(expect.objectContaining({ view: 'at_risk', sort: 'due', desc: false, offset: 0, limit: HOME_TICKETS }))
    expect(s.home?.breached.rows).toHaveLength(1)
    expect(s.home?.atRisk.rows).toEqual([])
    expect(s.home?.breached.counts).toEqual({ open: 9, atRisk: 1, breached: 2 })
  })

  it('sends the nil id for what the form leaves empty, so the backend can say what is missing', async () => {
    api.Create.mockResolvedValue(ticket())
    const s = useTicketsStore()
    await s.create({ ...emptyTicket(), title: 'x' })
    expect(api.Create).toHaveBeenCalledWith(expect.objectContaining({ customerId: NIL_ID, contactId: NIL_ID, releaseId: NIL_ID, fixedInId: NIL_ID, title: 'x' }))
  })

  it('opens a ticket with its customer, contact and release names, thread and clocks, in one call', async () => {
    api.Detail.mockResolvedValue({ ticket: ticket(), customerName: '鹏程智造', contactName: '王工', release: '2.3.0', fixedIn: '', thread: null,
      clocks: { clocks: null, timeZone: 'Asia/Shanghai' } })
    const s = useTicketsStore()
    const d = await s.open('t-1')
    expect(api.Detail).toHaveBeenCalledWith('t-1')
    expect(d).toMatchObject({ customerName: '鹏程智造', contactName: '王工', release: '2.3.0', fixedIn: '', thread: [] })
    expect(d.clocks.clocks).toEqual([]) // Go's nil lists come as null
    expect(s.detail?.ticket.id).toBe('t-1')
  })

  // A ticket opened, then another before the first's answers came (a click on the next row): the
  // first's late answer must not take the page of the second, which would then show nothing.
  it('shows the ticket opened last, whatever order the answers come in', async () => {
    const detail = (t: Ticket) => ({ ticket: t, customerName: '鹏程智造', contactName: '', release: '', fixedIn: '', thread: [], clocks: { clocks: [] } })
    let answerFirst!: (d: unknown) => void
    api.Detail.mockImplementation((id: string) => (id === 't-1' ? new Promise((r) => (answerFirst = r)) : Promise.resolve(detail(ticket({ id: 't-2', number: 8 })))))
    const s = useTicketsStore()
    const first = s.open('t-1')
    await s.open('t-2')
    expect(s.detail?.ticket.id).toBe('t-2')
    answerFirst(detail(ticket()))
    expect((await first).ticket.id).toBe('t-1') // its caller still gets its answer
    expect(s.detail?.ticket.id).toBe('t-2')
  })

  it('keeps the form’s copy of a ticket free of nil ids', () => {
    expect(ticketInput(ticket({ contactId: NIL_ID }))).toMatchObject({ contactId: '', releaseId: 'r-1', fixedInId: '' })
  })
})
