import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NConfigProvider, darkTheme } from 'naive-ui'
import { makeI18n } from '@/i18n'
import { useSystemStore } from '@/stores/system'
import ListPager from './ListPager.vue'

// The alpha of a CSS colour (#rgb, #rrggbb, #rrggbbaa, rgb(), rgba()): 1 when opaque.
function alpha(c: string) {
  const hex = /^#([0-9a-f]+)$/i.exec(c)?.[1]
  if (hex) return hex.length === 8 ? parseInt(hex.slice(6), 16) / 255 : hex.length === 4 ? parseInt(hex[3] + hex[3], 16) / 255 : 1
  const parts = /rgba?\(([^)]+)\)/.exec(c)![1].split(',')
  return parts.length === 4 ? Number(parts[3]) : 1
}

describe('ListPager', () => {
  it('gives the page-size menu an opaque background in the dark theme (a native menu draws on white)', () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    useSystemStore().settings.theme = 'dark'
    const w = mount(() => h(NConfigProvider, { theme: darkTheme }, () => h(ListPager, { page: 1, pageSize: 20, total: 100, pageSizes: [20, 50] })), {
      global: { plugins: [pinia, makeI18n('en')] },
    })
    const style = (w.find('nav').element as HTMLElement).style
    const bg = style.getPropertyValue('--vd-pg-option-bg')
    const text = style.getPropertyValue('--vd-pg-option-text')
    expect(alpha(bg)).toBe(1)
    expect(text).toBe(darkTheme.common.textColor2)
    w.unmount()
  })
})
