import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref, type ComputedRef } from 'vue'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { NConfigProvider, darkTheme, lightTheme } from 'naive-ui'
import { cssVarsOf, useComponentTheme, useSelectionTheme } from './useComponentTheme'
import { useSystemStore } from '@/stores/system'

// Each instance of a part drawn in a Naive component's look (a filter box, a light tag) reads that
// component's theme: worked out once per theme, not once per instance, and still the right one.
function mountParts(overrides: object) {
  const seen: { tags: ComputedRef<unknown>[]; boxes: ComputedRef<unknown>[] } = { tags: [], boxes: [] }
  const Part = defineComponent({
    setup() {
      seen.tags.push(useComponentTheme('Tag').self)
      seen.boxes.push(useSelectionTheme())
      return () => h('i')
    },
  })
  const pinia = createPinia()
  const w = mount(defineComponent({ setup: () => () => h(NConfigProvider, { themeOverrides: overrides }, () => [h(Part), h(Part), h(Part)]) }), { global: { plugins: [pinia] } })
  return { w, seen, system: useSystemStore(pinia) }
}

describe('useComponentTheme', () => {
  it('works a theme out once for every instance, again for the dark theme', async () => {
    const tagSelf = vi.spyOn(lightTheme.Tag!, 'self')
    const { w, seen, system } = mountParts({ common: { primaryColor: '#18a058' } })
    const [a, b, c] = seen.tags.map((s) => s.value)
    expect(a).toBe(b)
    expect(b).toBe(c)
    expect(seen.boxes[0].value).toBe(seen.boxes[2].value)
    expect(tagSelf.mock.calls.length).toBeLessThanOrEqual(1) // none when an earlier test worked it out
    expect((a as { colorBordered: string }).colorBordered).toBe(lightTheme.Tag!.self!(lightTheme.common).colorBordered)
    system.settings.theme = 'dark'
    await nextTick()
    const dark = seen.tags[1].value as { colorBordered: string }
    expect(dark).not.toBe(a)
    expect(dark.colorBordered).toBe(darkTheme.Tag!.self!(darkTheme.common).colorBordered)
    expect(seen.tags[0].value).toBe(dark)
    tagSelf.mockRestore()
    w.unmount()
  })
})

describe('cssVarsOf', () => {
  it("names each CSS variable's value in the theme, and follows the theme", () => {
    const theme = ref({ color: '#fff', borderRadius: '3px' })
    const vars = cssVarsOf(theme, { '--vd-x-bg': 'color', '--vd-x-radius': 'borderRadius' })
    expect(vars.value).toEqual({ '--vd-x-bg': '#fff', '--vd-x-radius': '3px' })
    theme.value = { color: '#18181c', borderRadius: '3px' }
    expect(vars.value['--vd-x-bg']).toBe('#18181c')
  })
})
