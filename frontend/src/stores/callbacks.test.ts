import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

const api = vi.hoisted(() => ({ Open: vi.fn(), ByCustomer: vi.fn(), Record: vi.fn(), Suggest: vi.fn(), Satisfaction: vi.fn() }))
vi.mock('@/wailsjs/go/api/Callbacks', () => api)

import { dueState, emptyResult, formatNps, formatScore, npsGroup, resultBody, resultInput, sourceRoute, useCallbacksStore, type Callback } from './callbacks'
import { suggestionFrom } from '@/lib/suggestion'
import { callbackRef } from '@/lib/refs'

function cb(extra: Partial<Callback> = {}): Callback {
  return {
    id: 'cb-1',
    number: 3,
    customerId: 'c-1',
    source: 'ticket',
    sourceId: 't-1',
    sourceRef: 'T-0001',
    topic: '登录超时',
    dueOn: '2026-11-25',
    done: false,
    doneOn: '',
    contact: '',
    score: 0,
    nps: 0,
    comments: '',
    requirements: [],
    createdAt: '',
    updatedAt: '',
    ...extra,
  } as unknown as Callback
}
const sat = { recorded: 1, score: 4, nps: 100, answers: 1 }

describe('callback helpers', () => {
  it('numbers callbacks CB-0001', () => {
    expect(callbackRef(3)).toBe('CB-0003')
  })

  it('starts a result with no score and the NPS not asked', () => {
    expect(emptyResult()).toEqual({ contact: '', score: 0, nps: -1, comments: '' })
    expect(resultInput(null)).toEqual(emptyResult())
    expect(resultInput(cb({ done: false, score: 2 }))).toEqual(emptyResult())
  })

  it('opens a recorded callback with its result, to correct it', () => {
    expect(resultInput(cb({ done: true, contact: '王工', score: 4, nps: 9, comments: 'ok' }))).toEqual({ contact: '王工', score: 4, nps: 9, comments: 'ok' })
  })

  it('sends whole numbers, a missing NPS as not asked, and leaves range checks to the backend', () => {
    expect(resultBody({ contact: ' 王工 ', score: 4, nps: 9, comments: 'x' })).toEqual({ contact: '王工', score: 4, nps: 9, comments: 'x' })
    expect(resultBody({ contact: '', score: 0, nps: null as unknown as number, comments: '' })).toMatchObject({ score: 0, nps: -1 })
    expect(resultBody({ contact: '', score: 3.6, nps: 12, comments: '' })).toMatchObject({ score: 4, nps: 12 })
  })

  it('groups NPS answers: detractors 0–6, passives 7–8, promoters 9–10', () => {
    expect([-1, 0, 6, 7, 8, 9, 10].map(npsGroup)).toEqual(['none', 'detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter'])
  })

  it('signs an NPS and gives a mean score at most one decimal', () => {
    expect(formatNps(50, 'en')).toBe('+50')
    expect(formatNps(0, 'en')).toBe('0')
    expect(formatNps(-25, 'zh-CN')).toBe('-25')
    expect(formatScore(4, 'en')).toBe('4')
    expect(formatScore(4.3, 'zh-CN')).toBe('4.3')
  })

  it('tells overdue, today and later apart by the calendar date', () => {
    expect(dueState('2026-11-24', '2026-11-25')).toBe('overdue')
    expect(dueState('2026-11-25', '2026-11-25')).toBe('today')
    expect(dueState('2026-11-26', '2026-11-25')).toBe('later')
  })

  it('links a ticket callback to the ticket and the others to the deployment', () => {
    expect(sourceRoute(cb())).toEqual({ name: 'ticket', params: { id: 't-1' } })
    expect(sourceRoute(cb({ source: 'training', sourceId: 'd-1' }))).toEqual({ name: 'deployment', params: { id: 'd-1' } })
  })

  it('prefills a suggestion with the first line of the comments as its title', () => {
    expect(suggestionFrom(cb({ comments: '\n## 希望报表能导出 PDF\n\n还有 Excel' }))).toEqual({ title: '希望报表能导出 PDF', description: '\n## 希望报表能导出 PDF\n\n还有 Excel' })
    expect(suggestionFrom(cb({ comments: '' }))).toEqual({ title: '', description: '' })
  })
})

describe('callbacks store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.resetAllMocks()
    api.Open.mockResolvedValue({ rows: null, total: 0 })
    api.ByCustomer.mockResolvedValue([cb()])
    api.Satisfaction.mockResolvedValue(sat)
  })

  it('lists the open callbacks, an empty list as no rows', async () => {
    const s = useCallbacksStore()
    await s.loadOpen(20)
    expect(api.Open).toHaveBeenCalledWith(20)
    expect(s.open).toEqual({ rows: [], total: 0, due: 0 })
  })

  it('loads a customer’s callbacks with their satisfaction', async () => {
    const s = useCallbacksStore()
    await s.loadCustomer('c-1')
    expect(s.listOf).toBe('c-1')
    expect(s.list).toHaveLength(1)
    expect(s.satisfaction).toEqual(sat)
  })

  it('records a result and reloads the home list and the customer’s callbacks', async () => {
    api.Record.mockResolvedValue(cb({ done: true, score: 4, nps: 9 }))
    const s = useCallbacksStore()
    await s.loadOpen(20)
    await s.loadCustomer('c-1')
    vi.clearAllMocks()
    const saved = await s.record(cb(), { contact: '王工', score: 4, nps: 9, comments: '希望报表能导出 PDF' })
    expect(saved.done).toBe(true)
    expect(api.Record).toHaveBeenCalledWith('cb-1', { contact: '王工', score: 4, nps: 9, comments: '希望报表能导出 PDF' })
    expect(api.Open).toHaveBeenCalledWith(20)
    expect(api.ByCustomer).toHaveBeenCalledWith('c-1')
    expect(api.Satisfaction).toHaveBeenCalledWith('c-1')
  })

  it('does not load lists nobody shows after a record', async () => {
    api.Record.mockResolvedValue(cb({ done: true }))
    const s = useCallbacksStore()
    await s.record(cb(), emptyResult())
    expect(api.Open).not.toHaveBeenCalled()
    expect(api.ByCustomer).not.toHaveBeenCalled()
  })

  it('passes on a refusal as an app error with its field', async () => {
    api.Record.mockRejectedValue({ code: 'invalid', field: 'score', reason: 'range', message: 'The satisfaction score is 1 to 5.', params: { min: 1, max: 5 } })
    const s = useCallbacksStore()
    await expect(s.record(cb(), emptyResult())).rejects.toMatchObject({ field: 'score', reason: 'range' })
  })

  it('makes a requirement of a suggestion as a "should", and reloads the customer’s callbacks', async () => {
    api.Suggest.mockResolvedValue({ id: 'r-1', number: 12 })
    const s = useCallbacksStore()
    await s.loadCustomer('c-1')
    vi.clearAllMocks()
    const req = await s.suggest(cb({ done: true }), { title: '报表导出 PDF', description: 'd' })
    expect(req.number).toBe(12)
    expect(api.Suggest).toHaveBeenCalledWith('cb-1', { title: '报表导出 PDF', description: 'd', priority: 'should' })
    expect(api.ByCustomer).toHaveBeenCalledWith('c-1')
  })
})
