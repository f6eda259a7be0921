import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { RECENT_MAX, useRecentStore } from './recent'

const item = (id: string) => ({ kind: 'ticket', id, customerId: 'c', ref: `T-${id}`, title: `工单 ${id}` })

describe('recent records', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('keeps the newest first, each record once, at most RECENT_MAX, across a restart', () => {
    const recent = useRecentStore()
    for (let i = 0; i < RECENT_MAX + 3; i++) recent.visit(item(String(i)))
    recent.visit(item('5'))
    expect(recent.items.map((r) => r.id)).toEqual(['5', '10', '9', '8', '7', '6', '4', '3'])
    setActivePinia(createPinia())
    expect(useRecentStore().items.map((r) => r.id)).toEqual(['5', '10', '9', '8', '7', '6', '4', '3'])
  })

  it('forgets a record that is gone, and reads nothing from storage it cannot understand', () => {
    const recent = useRecentStore()
    recent.visit(item('1'))
    recent.forget('1')
    expect(recent.items).toEqual([])
    localStorage.setItem('vendordesk.recent', '{not json')
    setActivePinia(createPinia())
    expect(useRecentStore().items).toEqual([])
  })
})
