import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { NConfigProvider } from 'naive-ui'
import LazySelect from './LazySelect.vue'

const options = [
  { value: 'a', label: 'Alpha' },
  { value: 'b', label: 'Beta' },
]
function mountSelect(value: string | string[] | null) {
  const picked: unknown[] = []
  const Host = defineComponent({
    setup: () => () =>
      h(NConfigProvider, null, () =>
        h(LazySelect, { value, options, placeholder: 'Status', size: 'small', class: 'sel', 'data-testid': 'status', 'onUpdate:value': (v: unknown) => picked.push(v) }),
      ),
  })
  return { w: mount(Host, { global: { plugins: [createPinia()] }, attachTo: document.body }), picked }
}

describe('LazySelect', () => {
  it('shows its placeholder in a plain box until the pointer comes to it, then is the select', async () => {
    const { w } = mountSelect(null)
    const box = w.find('[data-testid="status"]')
    expect(box.classes()).toEqual(expect.arrayContaining(['vd-lazy-select', 'sel']))
    expect(box.text()).toBe('Status')
    expect(w.find('.n-select').exists()).toBe(false)
    await box.trigger('pointerenter')
    const real = w.find('[data-testid="status"]')
    expect(real.classes()).toEqual(expect.arrayContaining(['n-select', 'sel']))
    expect(real.text()).toContain('Status')
    w.unmount()
  })

  it('is the select from the start when something is chosen', () => {
    const { w } = mountSelect('b')
    expect(w.find('.vd-lazy-select').exists()).toBe(false)
    expect(w.find('[data-testid="status"]').text()).toContain('Beta')
    w.unmount()
  })

  it('gives the focus it takes to the select', async () => {
    const { w } = mountSelect('')
    ;(w.find('[data-testid="status"]').element as HTMLElement).focus()
    await flushPromises()
    await nextTick()
    expect(w.find('.vd-lazy-select').exists()).toBe(false)
    expect(w.find('.n-select').element.contains(document.activeElement)).toBe(true)
    w.unmount()
  })

  it('stays the select when its value, set from outside, is cleared with its clear button', async () => {
    const value = ref<string | null>('b') // from the URL, say: the select was built for it
    const Host = defineComponent({
      setup: () => () =>
        h(NConfigProvider, null, () =>
          h(LazySelect, { value: value.value, options, clearable: true, placeholder: 'Status', 'data-testid': 'status', 'onUpdate:value': (v: string | null) => (value.value = v) }),
        ),
    })
    const w = mount(Host, { global: { plugins: [createPinia()] }, attachTo: document.body })
    await w.find('.n-base-selection').trigger('mouseenter')
    await w.find('.n-base-clear__clear').trigger('click')
    await flushPromises()
    expect(value.value).toBe(null)
    expect(w.find('.vd-lazy-select').exists()).toBe(false) // not the box again under the pointer
    expect(w.find('[data-testid="status"]').classes()).toContain('n-select')
    w.unmount()
  })
})
