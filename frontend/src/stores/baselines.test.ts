import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

const baselines = vi.hoisted(() => ({ Confirm: vi.fn(), List: vi.fn(), Get: vi.fn(), Compare: vi.fn() }))
const documents = vi.hoisted(() => ({ Export: vi.fn(), ShowFile: vi.fn() }))
const runtime = vi.hoisted(() => {
  const listeners: Record<string, (...data: unknown[]) => void> = {}
  return {
    listeners,
    EventsOn: vi.fn((name: string, cb: (...data: unknown[]) => void) => {
      listeners[name] = cb
      return () => delete listeners[name]
    }),
  }
})
vi.mock('@/wailsjs/go/api/Baselines', () => baselines)
vi.mock('@/wailsjs/go/api/Documents', () => documents)
vi.mock('@/wailsjs/runtime/runtime', () => runtime)

import { useBaselinesStore, type Confirmation } from './baselines'

const CUSTOMER = '11111111-1111-1111-1111-111111111111'

describe('baselines store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
  })

  it('reloads the list after a confirmation', async () => {
    const store = useBaselinesStore()
    baselines.Confirm.mockResolvedValue({ id: 'b1', version: 1, items: [] })
    baselines.List.mockResolvedValue([{ id: 'b1', version: 1 }])
    const c = { customerId: CUSTOMER, confirmedBy: '李明', role: '', date: '2026-11-25', method: 'seal', note: '' } as Confirmation
    const saved = await store.confirm(c)
    expect(saved.version).toBe(1)
    expect(baselines.Confirm).toHaveBeenCalledWith(c)
    expect(store.list.map((b) => b.version)).toEqual([1])
  })

  it('keeps the backend error of a refused confirmation', async () => {
    const store = useBaselinesStore()
    baselines.Confirm.mockRejectedValue(new Error(JSON.stringify({ code: 'conflict', reason: 'baseline_unchanged', message: 'Nothing changed', params: { version: 1 } })))
    await expect(store.confirm({ customerId: CUSTOMER } as Confirmation)).rejects.toMatchObject({ reason: 'baseline_unchanged', params: { version: 1 } })
    expect(baselines.List).not.toHaveBeenCalled()
  })

  it('reports export progress while the document is written, then stops listening', async () => {
    const store = useBaselinesStore()
    documents.Export.mockImplementation(async () => {
      runtime.listeners['document:progress'](100, 200)
      runtime.listeners['document:progress'](200, 200)
      return { path: '/tmp/需求规格说明书-云帆-v1.docx', requirements: 200 }
    })
    const seen: number[][] = []
    const path = await store.exportDocument({ customerId: CUSTOMER, baselineId: '', lang: 'zh-CN', format: 'docx' }, (d, t) => seen.push([d, t]))
    expect(path).toBe('/tmp/需求规格说明书-云帆-v1.docx')
    expect(seen).toEqual([[100, 200], [200, 200]])
    expect(runtime.listeners['document:progress']).toBeUndefined()
  })

  it('stops listening when the export fails', async () => {
    const store = useBaselinesStore()
    documents.Export.mockRejectedValue(new Error(JSON.stringify({ code: 'conflict', reason: 'document_empty', message: 'x' })))
    await expect(store.exportDocument({ customerId: CUSTOMER, baselineId: '', lang: 'en', format: 'html' }, () => {})).rejects.toMatchObject({ reason: 'document_empty' })
    expect(runtime.listeners['document:progress']).toBeUndefined()
  })
})

describe('baselines store, slow answers', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
  })

  it('shows the baselines of the customer asked last, whatever answers first', async () => {
    const store = useBaselinesStore()
    let answerA: (v: unknown) => void = () => {}
    baselines.List.mockImplementationOnce(() => new Promise((r) => (answerA = r))).mockResolvedValueOnce([{ id: 'b-B', version: 1 }])
    const a = store.load('A')
    await store.load('B')
    answerA([{ id: 'b-A', version: 3 }])
    await a
    expect(store.customerId).toBe('B')
    expect(store.list.map((b) => b.id)).toEqual(['b-B'])
  })

  it('gives the export the long timeout of a save dialog', async () => {
    vi.useFakeTimers()
    try {
      const store = useBaselinesStore()
      let answer: (v: unknown) => void = () => {}
      documents.Export.mockImplementation(() => new Promise((r) => (answer = r)))
      const done = store.exportDocument({ customerId: CUSTOMER, baselineId: '', lang: 'en', format: 'docx' })
      await vi.advanceTimersByTimeAsync(5 * 60 * 1000) // five minutes in the dialog
      answer({ path: '/home/u/Documents/Requirements.docx', requirements: 3 })
      await expect(done).resolves.toBe('/home/u/Documents/Requirements.docx')
    } finally {
      vi.useRealTimers()
    }
  })
})
