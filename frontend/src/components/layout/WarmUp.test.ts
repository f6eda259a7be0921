import { describe, expect, it } from 'vitest'
import { mount, flushPromises } from '@vue/test-utils'
import WarmUp from './WarmUp.vue'

describe('WarmUp', () => {
  it('builds the list parts out of sight, a part at a time, hidden from screen readers, then asks to go', async () => {
    const w = mount(WarmUp, { attachTo: document.body })
    const root = w.get('[data-testid="warm-up"]')
    expect(root.attributes('aria-hidden')).toBe('true')
    expect(root.find('.n-data-table').exists()).toBe(true)
    expect(root.findAll('.n-base-selection').length).toBe(1) // the table's page size: a part at a time
    for (let i = 0; i < 40 && !w.emitted('done'); i++) {
      await new Promise((r) => setTimeout(r, 25))
      await flushPromises()
    }
    expect(w.emitted('done')).toHaveLength(1)
    expect(root.findAll('.n-base-selection').length).toBe(3) // then the two selects
    expect(root.find('.n-input').exists()).toBe(true)
    expect(root.find('.n-switch').exists()).toBe(true)
    w.unmount()
  })
})
