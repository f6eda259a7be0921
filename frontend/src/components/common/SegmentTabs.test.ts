import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import SegmentTabs from './SegmentTabs.vue'

describe('SegmentTabs', () => {
  it('marks the view shown and asks for another on a click', async () => {
    const value = ref('open')
    const picked: string[] = []
    const Host = defineComponent({
      setup: () => () =>
        h(SegmentTabs<string>, {
          value: value.value,
          options: [
            { value: 'open', label: 'Open (3)', testid: 'v-open' },
            { value: 'done', label: 'Done', testid: 'v-done' },
          ],
          'onUpdate:value': (v: string) => picked.push(v),
        }),
    })
    const w = mount(Host, { global: { plugins: [createPinia()] } })
    expect(w.find('[data-testid="v-open"]').classes()).toContain('active')
    expect(w.find('[data-testid="v-open"]').attributes('aria-selected')).toBe('true')
    expect(w.find('[data-testid="v-done"]').attributes('aria-selected')).toBe('false')
    await w.find('[data-testid="v-open"]').trigger('click') // already shown: nothing asked
    await w.find('[data-testid="v-done"]').trigger('click')
    expect(picked).toEqual(['done'])
    expect(w.find('[data-testid="v-open"]').text()).toBe('Open (3)')
  })
})
