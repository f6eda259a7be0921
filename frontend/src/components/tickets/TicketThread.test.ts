import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { makeI18n } from '@/i18n'
import type { HistoryEvent } from '@/stores/history'

vi.mock('@/wailsjs/go/api/System', () => ({}))
vi.mock('@/wailsjs/runtime/runtime', () => ({ BrowserOpenURL: vi.fn() }))

import TicketThread from './TicketThread.vue'

const entry = (id: string, note: string) =>
  ({ id, at: '2026-11-20T10:00:00Z', actor: '王工', kind: 'ticket', recordId: 't', ref: 'T-0001', title: '打印机', customerId: 'c', action: 'reply', note }) as unknown as HistoryEvent

// A ticket opened from a search hit in its thread scrolls to that entry once: the thread read
// again after a reply or a move does not pull the page back to it.
describe('TicketThread', () => {
  it('scrolls to the entry searched for once, not again when the thread is read again', async () => {
    const scrolled = vi.fn()
    Element.prototype.scrollIntoView = scrolled
    const pinia = createPinia()
    setActivePinia(pinia)
    const first = [entry('e1', '已收到'), entry('e2', '驱动冲突已确认')]
    const w = mount(TicketThread, { props: { events: first, focus: 'e2' }, global: { plugins: [pinia, makeI18n('zh-CN')] } })
    await flushPromises()
    expect(scrolled).toHaveBeenCalledTimes(1)
    expect(w.find('.focused').text()).toContain('驱动冲突已确认')

    await w.setProps({ events: [...first, entry('e3', '新的回复')] }) // a reply added: the thread is read again
    await flushPromises()
    expect(scrolled).toHaveBeenCalledTimes(1)
  })
})
