import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h } from 'vue'
import { NConfigProvider, NDialogProvider, NMessageProvider } from 'naive-ui'
import { makeI18n, type Locale } from '@/i18n'
import { useSystemStore } from '@/stores/system'

const api = vi.hoisted(() => ({ CompactDataFile: vi.fn(), Info: vi.fn(), Backups: vi.fn() }))
vi.mock('@/wailsjs/go/api/System', () => api)
vi.mock('@/wailsjs/runtime/runtime', () => ({ EventsOn: () => () => {} }))

import CompactDataFile from './CompactDataFile.vue'

const MB = 1 << 20
const info = (sizeBytes: number, freeBytes: number) => ({ version: 'dev', platform: 'linux', data: { path: '/d/vendordesk.db', dir: '/d', sizeBytes, freeBytes, schemaVersion: 6 } })

function render(locale: Locale, sizeBytes: number, freeBytes: number) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSystemStore().info = info(sizeBytes, freeBytes) as never
  const Host = defineComponent({
    setup: () => () => h(NConfigProvider, null, () => h(NDialogProvider, null, () => h(NMessageProvider, null, () => h(CompactDataFile)))),
  })
  return mount(Host, { global: { plugins: [pinia, makeI18n(locale)] }, attachTo: document.body })
}

// The size of the data file says how much of it is free; the compaction is always there and is
// pointed out when a quarter or more of the file is free.
describe('CompactDataFile', () => {
  it('points out much free space, compacts after asking, and shows the new size', async () => {
    const w = render('zh-CN', 778 * MB, 300 * MB)
    expect(w.find('[data-testid="data-size"]').text()).toBe('778 MB，其中空闲 300 MB')
    expect(w.find('[data-testid="compact-hint"]').text()).toContain('300 MB')
    api.CompactDataFile.mockResolvedValue({ beforeBytes: 778 * MB, afterBytes: 478 * MB, backup: '/d/backups/x.db' })
    api.Info.mockResolvedValue(info(478 * MB, 0))
    api.Backups.mockResolvedValue({ dir: '/d/backups', list: [] })
    await w.find('[data-testid="compact-data"]').trigger('click')
    await flushPromises()
    expect(document.querySelector('[data-testid="compact-body"]')?.textContent).toContain('300 MB')
    ;(document.querySelector('[data-testid="compact-yes"]') as HTMLElement).click()
    await flushPromises()
    expect(api.CompactDataFile).toHaveBeenCalledOnce()
    expect(document.body.textContent).toContain('数据文件已压缩：778 MB → 478 MB')
    expect(w.find('[data-testid="data-size"]').text()).toBe('478 MB，其中空闲 0 B')
    expect(w.find('[data-testid="compact-hint"]').exists()).toBe(false)
    w.unmount()
  })

  it('after a failure says why and shows the file and backups as they are now', async () => {
    const w = render('en', 100 * MB, 50 * MB)
    api.CompactDataFile.mockRejectedValue({ code: 'internal', reason: '', message: 'disk full', field: '', params: {} })
    api.Info.mockClear().mockResolvedValue(info(100 * MB, 50 * MB))
    api.Backups.mockClear().mockResolvedValue({ dir: '/d/backups', list: [] })
    await w.find('[data-testid="compact-data"]').trigger('click')
    await flushPromises()
    ;(document.querySelector('[data-testid="compact-yes"]') as HTMLElement).click()
    await flushPromises()
    expect(document.body.textContent).toContain('disk full')
    expect(api.Info).toHaveBeenCalled()
    expect(api.Backups).toHaveBeenCalled()
    expect(w.find('[data-testid="compact-data"]').attributes('disabled')).toBeUndefined()
    w.unmount()
  })

  it('does not point out a little free space', () => {
    const w = render('en', 100 * MB, 10 * MB)
    expect(w.find('[data-testid="data-size"]').text()).toBe('100 MB, of which 10 MB free')
    expect(w.find('[data-testid="compact-hint"]').exists()).toBe(false)
    expect(w.find('[data-testid="compact-data"]').exists()).toBe(true)
    w.unmount()
  })
})
