import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h } from 'vue'
import { NConfigProvider, NDialogProvider, NMessageProvider } from 'naive-ui'
import { makeI18n, type Locale } from '@/i18n'
import { DATA_FILE_PROBLEMS } from '@/lib/enums'

const quit = vi.fn()
const openFolder = vi.fn(async () => true)
const api = vi.hoisted(() => ({ Backups: vi.fn(), CheckBackup: vi.fn(), ChooseBackup: vi.fn(), Restore: vi.fn(), Salvage: vi.fn() }))
vi.mock('@/wailsjs/go/api/System', () => ({ Quit: () => quit(), OpenDataFolder: () => openFolder(), ...api }))
vi.mock('@/wailsjs/runtime/runtime', () => ({ BrowserOpenURL: vi.fn(), EventsOn: vi.fn() }))

import DataFileProblemPage from './DataFileProblemPage.vue'

const counts = { customers: 12, contacts: 30, interactions: 0, requirements: 4, releases: 0, deployments: 0, tickets: 7, contracts: 0, callbacks: 0, events: 90 }
const backup = (name: string, at: string) => ({ path: `/data/backups/${name}`, name, kind: 'daily', at, sizeBytes: 2 << 20, counts, hasCounts: true })

beforeEach(() => {
  for (const f of Object.values(api)) f.mockReset()
  api.Backups.mockResolvedValue({ dir: '/data/backups', list: [backup('vendordesk-2026-12-02.db', '2026-12-02T09:00:00Z'), backup('vendordesk-2026-12-01.db', '2026-12-01T09:00:00Z')] })
})

function render(locale: Locale, kind: string, params?: Record<string, unknown>) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const problem = { kind, detail: 'open: invalid page type: 7', path: '/home/li/.local/share/vendordesk/vendordesk.db', params }
  const Host = defineComponent({
    setup: () => () =>
      h(NConfigProvider, null, () => h(NMessageProvider, null, () => h(NDialogProvider, null, () => h(DataFileProblemPage, { problem })))),
  })
  const w = mount(Host, { global: { plugins: [pinia, makeI18n(locale)] }, attachTo: document.body })
  return Object.assign(w.find('[data-testid="startup-error"]'), { host: w })
}

// The page a user meets when the data file cannot be used: every kind the backend reports has
// its own title, explanation and next step in both languages, and the Go error stays folded away.
describe('DataFileProblemPage', () => {
  for (const locale of ['en', 'zh-CN'] as Locale[]) {
    it(`words every kind of problem (${locale})`, () => {
      const titles = new Set<string>()
      for (const kind of [...DATA_FILE_PROBLEMS, 'other', 'no_backend']) {
        const w = render(locale, kind, { file: 7, app: 5 })
        expect(w.attributes('data-kind')).toBe(kind)
        const title = w.find('.n-result-header__title').text()
        titles.add(title)
        const what = w.find('[data-testid="problem-what"]').text()
        expect(what).not.toMatch(/dataFile\.|\{|invalid page/)
        expect(w.find('details pre').text()).toBe('open: invalid page type: 7')
        expect(w.find('[data-testid="problem-path"]').text()).toContain('vendordesk.db')
        if (locale === 'zh-CN') expect(what + title).toMatch(/[\u4e00-\u9fff]/)
      }
      // one title per kind, except the two ways of not starting at all
      expect(titles.size).toBe(DATA_FILE_PROBLEMS.length + 1)
    })
  }

  it('says the file was left alone only when the file is the trouble', () => {
    expect(render('en', 'header').find('[data-testid="problem-untouched"]').exists()).toBe(true)
    expect(render('en', 'locked').find('[data-testid="problem-untouched"]').exists()).toBe(false)
  })

  it('fills in the versions of a newer file', () => {
    expect(render('zh-CN', 'newer', { file: 7, app: 5 }).find('[data-testid="problem-what"]').text()).toContain('数据格式 7，当前版本最高支持 5')
  })

  it('lists the backups of a damaged file and restores the one chosen after a yes', async () => {
    const reload = vi.fn()
    vi.stubGlobal('location', { ...window.location, reload })
    api.CheckBackup.mockImplementation(async (path: string) => backup(path.split('/').pop()!, '2026-12-01T09:00:00Z'))
    api.Restore.mockResolvedValue(true)
    const w = render('zh-CN', 'damaged')
    await flushPromises()
    const rows = w.findAll('[data-testid="problem-backup"]')
    expect(rows.map((r) => r.text().includes('12 个客户'))).toEqual([true, true])
    await rows[1].find('[data-testid="problem-backup-restore"]').trigger('click')
    await flushPromises()
    expect(api.CheckBackup).toHaveBeenCalledWith('/data/backups/vendordesk-2026-12-01.db')
    expect(document.querySelector('[data-testid="restore-body"]')?.textContent).toContain('12 个客户')
    ;(document.querySelector('[data-testid="restore-yes"]') as HTMLElement).click()
    await flushPromises()
    expect(api.Restore).toHaveBeenCalledWith('/data/backups/vendordesk-2026-12-01.db')
    expect(reload).toHaveBeenCalledOnce()
    w.host.unmount()
    vi.unstubAllGlobals()
  })

  it('offers no restore when another window has the file, and says when there is no backup', async () => {
    expect(render('en', 'locked').find('[data-testid="problem-restore"]').exists()).toBe(false)
    api.Backups.mockResolvedValue({ dir: '/data/backups', list: [] })
    const w = render('en', 'empty')
    await flushPromises()
    expect(w.find('[data-testid="problem-no-backups"]').exists()).toBe(true)
    expect(w.find('[data-testid="problem-restore-file"]').exists()).toBe(true)
  })

  it('saves what still reads of a damaged file, says what was lost, and offers the new file', async () => {
    api.Salvage.mockResolvedValue({ path: '/data/backups/vendordesk-salvaged-2026-12-03-090000.db', counts, lost: [{ kind: 'tickets', records: 0, rest: true, detail: 'x' }, { kind: 'contacts', records: 3, rest: false, detail: 'y' }] })
    api.CheckBackup.mockImplementation(async (path: string) => backup(path.split('/').pop()!, '2026-12-03T09:00:00Z'))
    const w = render('zh-CN', 'damaged')
    await flushPromises()
    await w.find('[data-testid="salvage-run"]').trigger('click')
    await flushPromises()
    const report = w.find('[data-testid="salvage-report"]')
    expect(report.text()).toContain('12 个客户')
    expect(report.text()).toContain('vendordesk-salvaged-2026-12-03-090000.db')
    expect(w.find('[data-testid="salvage-lost"]').text()).toBe('工单：部分内容无法读取联系人：3 条记录无法读取')
    await w.find('[data-testid="salvage-use"]').trigger('click')
    await flushPromises()
    expect(api.CheckBackup).toHaveBeenCalledWith('/data/backups/vendordesk-salvaged-2026-12-03-090000.db')
    w.host.unmount()
  })

  it('offers salvage only for a damaged file', () => {
    expect(render('en', 'header').find('[data-testid="problem-salvage"]').exists()).toBe(true)
    expect(render('en', 'foreign').find('[data-testid="problem-salvage"]').exists()).toBe(false)
  })

  it('quits and opens the data folder', async () => {
    const w = render('en', 'damaged')
    await w.find('[data-testid="problem-quit"]').trigger('click')
    await w.find('[data-testid="problem-open-folder"]').trigger('click')
    expect(quit).toHaveBeenCalledOnce()
    expect(openFolder).toHaveBeenCalledOnce()
  })
})
