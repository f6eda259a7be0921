import { describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { makeI18n, type Locale } from '@/i18n'
import { DATA_FILE_PROBLEMS } from '@/lib/enums'

const quit = vi.fn()
const openFolder = vi.fn(async () => true)
vi.mock('@/wailsjs/go/api/System', () => ({ Quit: () => quit(), OpenDataFolder: () => openFolder() }))
vi.mock('@/wailsjs/runtime/runtime', () => ({ BrowserOpenURL: vi.fn(), EventsOn: vi.fn() }))

import DataFileProblemPage from './DataFileProblemPage.vue'

function render(locale: Locale, kind: string, params?: Record<string, unknown>) {
  const pinia = createPinia()
  setActivePinia(pinia)
  return mount(DataFileProblemPage, {
    props: { problem: { kind, detail: 'open: invalid page type: 7', path: '/home/li/.local/share/vendordesk/vendordesk.db', params } },
    global: { plugins: [pinia, makeI18n(locale)] },
  })
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

  it('quits and opens the data folder', async () => {
    const w = render('en', 'damaged')
    await w.find('[data-testid="problem-quit"]').trigger('click')
    await w.find('[data-testid="problem-open-folder"]').trigger('click')
    expect(quit).toHaveBeenCalledOnce()
    expect(openFolder).toHaveBeenCalledOnce()
  })
})
