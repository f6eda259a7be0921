import { describe, expect, it } from 'vitest'
import { mount, flushPromises } from '@vue/test-utils'
import WarmUp from './WarmUp.vue'

describe('WarmUp', () => {
  it('builds the list parts out of sight, hidden from screen readers, then asks to go', async () => {
    const w = mount(WarmUp, { attachTo: document.body })
    const root = w.get('[data-testid="warm-up"]')
    expect(root.attributes('aria-hidden')).toBe('true')
    expect(root.find('.n-data-table').exists()).toBe(true)
    expect(root.findAll('.n-base-selection').length).toBe(3) // two selects and the table's page size
    expect(w.emitted('done')).toBeUndefined()
    await new Promise((r) => setTimeout(r, 100)) // a frame, then a task
    await flushPromises()
    expect(w.emitted('done')).toHaveLength(1)
    w.unmount()
  })
})
