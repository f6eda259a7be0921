import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import SegmentTabs from './SegmentTabs.vue'

/** The tabs over options, their value following what they ask for; what they asked, in order. */
function mountTabs(options: { value: string; label: string; testid: string }[]) {
  const value = ref('open')
  const picked: string[] = []
  const Host = defineComponent({
    setup: () => () =>
      h(SegmentTabs<string>, {
        value: value.value,
        options,
        'onUpdate:value': (v: string) => {
          picked.push(v)
          value.value = v
        },
      }),
  })
  return { w: mount(Host, { global: { plugins: [createPinia()] }, attachTo: document.body }), picked }
}

describe('SegmentTabs', () => {
  it('marks the view shown and asks for another on a click', async () => {
    const { w, picked } = mountTabs([
      { value: 'open', label: 'Open (3)', testid: 'v-open' },
      { value: 'done', label: 'Done', testid: 'v-done' },
    ])
    expect(w.find('[data-testid="v-open"]').classes()).toContain('active')
    expect(w.find('[data-testid="v-open"]').attributes('aria-selected')).toBe('true')
    expect(w.find('[data-testid="v-done"]').attributes('aria-selected')).toBe('false')
    await w.find('[data-testid="v-open"]').trigger('click') // already shown: nothing asked
    await w.find('[data-testid="v-done"]').trigger('click')
    expect(picked).toEqual(['done'])
    expect(w.find('[data-testid="v-open"]').text()).toBe('Open (3)')
    w.unmount()
  })

  it('moves to the view beside with the arrow keys, as a tab list does', async () => {
    const { w, picked } = mountTabs(['open', 'at_risk', 'done'].map((v) => ({ value: v, label: v, testid: `v-${v}` })))
    // Only the view shown is in the Tab order; the arrows move within the list.
    expect(w.findAll('[role="tab"]').map((b) => b.attributes('tabindex'))).toEqual(['0', '-1', '-1'])
    await w.find('[data-testid="v-open"]').trigger('keydown', { key: 'ArrowRight' })
    expect(document.activeElement?.getAttribute('data-testid')).toBe('v-at_risk')
    await w.find('[data-testid="v-at_risk"]').trigger('keydown', { key: 'End' })
    await w.find('[data-testid="v-done"]').trigger('keydown', { key: 'ArrowRight' }) // wraps to the first
    await w.find('[data-testid="v-open"]').trigger('keydown', { key: 'ArrowLeft' }) // and back to the last
    await w.find('[data-testid="v-done"]').trigger('keydown', { key: 'a' }) // not a move
    expect(picked).toEqual(['at_risk', 'done', 'open', 'done'])
    expect(w.findAll('[role="tab"]').map((b) => b.attributes('tabindex'))).toEqual(['-1', '-1', '0'])
    w.unmount()
  })
})
