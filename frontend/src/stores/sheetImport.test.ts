import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

const api = vi.hoisted(() => ({ ChooseSheet: vi.fn(), ReadSheet: vi.fn(), SheetChoices: vi.fn(), PreviewSheet: vi.fn(), ImportSheet: vi.fn() }))
vi.mock('@/wailsjs/go/api/Sheets', () => api)
vi.mock('@/wailsjs/runtime/runtime', () => ({ EventsOn: vi.fn(() => () => {}) }))

import { useSheetImportStore } from './sheetImport'

const file = (extra: object = {}) => ({
  stamp: '',
  path: '/tmp/客户.csv', encoding: 'gb18030', separator: ',', sheet: '', name: '客户.csv', format: 'csv', sheets: [],
  header: ['客户名称', '联系人', '电话'], samples: [], rows: 2, remembered: false, fields: ['name', 'contact.name', 'contact.phone'],
  mapping: { columns: ['name', 'contact.name', ''], choices: { stage: { 谈判中: 'prospect' } } }, choices: {}, ...extra,
})

describe('sheet import store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
  })

  it('takes a chosen file with its mapping, and a cancelled dialog changes nothing', async () => {
    const store = useSheetImportStore()
    api.ChooseSheet.mockResolvedValueOnce({ path: '' })
    expect(await store.choose()).toBe(false)
    expect(store.file).toBeNull()
    api.ChooseSheet.mockResolvedValueOnce(file())
    expect(await store.choose()).toBe(true)
    expect(store.columns).toEqual(['name', 'contact.name', ''])
    expect(store.choices).toEqual({ stage: { 谈判中: 'prospect' } })
  })

  it('maps a field to one column only, and asks for the choices again', async () => {
    const store = useSheetImportStore()
    api.ChooseSheet.mockResolvedValueOnce(file())
    await store.choose()
    api.SheetChoices.mockResolvedValueOnce({ stage: [{ value: '谈判中', code: 'prospect', rows: 1 }] })
    await store.mapColumn(2, 'name')
    expect(store.columns).toEqual(['', 'contact.name', 'name'])
    expect(api.SheetChoices).toHaveBeenCalledWith({ kind: 'customers', path: '/tmp/客户.csv', encoding: 'gb18030', separator: ',', sheet: '', stamp: '' }, { columns: ['', 'contact.name', 'name'], choices: { stage: { 谈判中: 'prospect' } } })
    expect(store.file?.choices.stage).toHaveLength(1)
  })

  it('keeps the choices of the newest mapping when answers come back out of order', async () => {
    const store = useSheetImportStore()
    api.ChooseSheet.mockResolvedValueOnce(file())
    await store.choose()
    let answerFirst: (v: unknown) => void = () => {}
    api.SheetChoices.mockReturnValueOnce(new Promise((resolve) => (answerFirst = resolve)))
    api.SheetChoices.mockResolvedValueOnce({ stage: [{ value: '新的', code: 'lead', rows: 1 }] })
    const first = store.mapColumn(2, 'stage')
    await store.mapColumn(2, 'channel')
    answerFirst({ stage: [{ value: '旧的', code: '', rows: 1 }] })
    await first
    expect(store.file?.choices.stage[0].value).toBe('新的')
  })

  it('sends the mapping, the choices and the duplicates choice with the file it read', async () => {
    const store = useSheetImportStore()
    api.ChooseSheet.mockResolvedValueOnce(file())
    await store.choose()
    store.mapChoice('channel', '展会', 'partner')
    store.duplicates = 'merge'
    api.PreviewSheet.mockResolvedValueOnce({ rows: 2, customers: 1 })
    await store.check()
    const req = api.PreviewSheet.mock.calls[0][0]
    expect(req).toMatchObject({ path: '/tmp/客户.csv', encoding: 'gb18030', duplicates: 'merge' })
    expect(req.mapping.choices).toEqual({ stage: { 谈判中: 'prospect' }, channel: { 展会: 'partner' } })
    store.mapChoice('stage', '成交', 'customer') // a change of the mapping asks for a new check
    expect(store.preview).toBeNull()
  })

  it('reads a file as the kind of record the user chose', async () => {
    const store = useSheetImportStore()
    store.reset('tickets')
    api.ChooseSheet.mockResolvedValueOnce(file({ kind: 'tickets' }))
    await store.choose()
    expect(api.ChooseSheet).toHaveBeenCalledWith('tickets')
    api.PreviewSheet.mockResolvedValueOnce({ rows: 2, records: 1 })
    await store.check()
    expect(api.PreviewSheet.mock.calls[0][0]).toMatchObject({ kind: 'tickets', path: '/tmp/客户.csv' })
    store.reset()
    expect(store.kind).toBe('tickets') // starting again keeps the kind
  })

  it('reads the file again in the encoding the user chose', async () => {
    const store = useSheetImportStore()
    api.ChooseSheet.mockResolvedValueOnce(file())
    await store.choose()
    api.ReadSheet.mockResolvedValueOnce(file({ encoding: 'utf-8' }))
    await store.reread({ encoding: 'utf-8' })
    expect(api.ReadSheet).toHaveBeenCalledWith({ kind: 'customers', path: '/tmp/客户.csv', encoding: 'utf-8', separator: ',', sheet: '', stamp: '' })
    expect(store.file?.encoding).toBe('utf-8')
  })
})

describe('sheet import field names', () => {
  it("names a field by its kind's own word where it has one", () => {
    setActivePinia(createPinia())
    const store = useSheetImportStore()
    const words: Record<string, string> = { 'sheetImport.kindFields.tickets.channel': '反馈渠道', 'sheetImport.fields.channel': '来源渠道' }
    const t = (k: string) => words[k] ?? k
    const te = (k: string) => k in words
    expect(store.fieldLabel(t, te, 'channel')).toBe('来源渠道')
    store.reset('tickets')
    expect(store.fieldLabel(t, te, 'channel')).toBe('反馈渠道')
  })
})

describe('sheet import kinds', () => {
  it('asks each kind for the columns its records need, and leads to where they are listed', () => {
    setActivePinia(createPinia())
    const store = useSheetImportStore()
    store.reset('deals')
    expect(store.required).toEqual(['customer', 'title'])
    expect(store.listRoute).toEqual({ name: 'deals', query: { view: 'list' } })
    store.reset('payments')
    expect(store.required).toEqual(['contract', 'date', 'amount'])
    expect(store.listRoute).toEqual({ name: 'deals', query: { view: 'receivables' } })
    store.reset('tickets')
    expect(store.listRoute).toEqual({ name: 'tickets' })
  })
})
