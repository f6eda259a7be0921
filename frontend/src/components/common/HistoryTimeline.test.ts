import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { NMessageProvider } from 'naive-ui'
import { createPinia, setActivePinia } from 'pinia'
import { makeI18n, type Locale } from '@/i18n'
import { useSystemStore } from '@/stores/system'
import type { HistoryEvent } from '@/stores/history'
import events from '@/lib/fixtures/history-events.json'

vi.mock('@/wailsjs/go/api/System', () => ({}))
vi.mock('@/wailsjs/runtime/runtime', () => ({ BrowserOpenURL: vi.fn() }))

import HistoryTimeline from './HistoryTimeline.vue'

// The customer's 变更历史 as a user sees it: every event the Go fixture recorded (every field of
// every kind), rendered by the real component, holds no raw data in either language.
async function render(locale: Locale) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSystemStore().settings.language = locale
  const newestFirst = [...(events as unknown as HistoryEvent[])].reverse()
  const fetch = async (offset: number, limit: number) => newestFirst.slice(offset, offset + limit)
  const Host = defineComponent({ setup: () => () => h(NMessageProvider, null, () => h(HistoryTimeline, { fetch, refreshKey: 0, testid: 'h' })) })
  const w = mount(Host, { global: { plugins: [pinia, makeI18n(locale)] } })
  await flushPromises()
  while (w.find('button').exists()) {
    await w.find('button').trigger('click') // "Load more" until every event is shown
    await flushPromises()
  }
  return w
}

describe('HistoryTimeline', () => {
  for (const locale of ['en', 'zh-CN'] as Locale[]) {
    it(`shows every recorded change as words (${locale})`, async () => {
      const w = await render(locale)
      expect(w.findAll('.n-timeline-item')).toHaveLength(events.length)
      const text = w.findAll('.n-timeline-item-content__title, .change').map((x) => x.text()).join('\n')
      expect(text).toContain(locale === 'en' ? 'Callback made' : '已完成回访')
      for (const raw of ['[object Object]', '∅', 'undefined', 'null', '"', '{', 'requirementId', 'doneOn', 'nps:', 'D-0001 D-0001', 'MC-0001 MC-0001', 'SC-0001 SC-0001']) {
        expect(text, raw).not.toContain(raw)
      }
      expect(text).not.toMatch(/\b(true|false)\b/)
      expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/)
      expect(text).not.toMatch(/\b[a-z]+[A-Z]\w*\b/) // no camelCase key
    })
  }

  it('says which file an imported record came from, without a reason line', async () => {
    for (const [locale, words] of [['en', 'imported from 客户清单.csv'], ['zh-CN', '从 客户清单.csv 导入']] as [Locale, string][]) {
      const w = await render(locale)
      const imported = w.findAll('[data-testid="history-subject"]').filter((x) => x.element.parentElement?.textContent?.includes(words))
      expect(imported.map((x) => x.text())).toEqual(expect.arrayContaining([expect.stringContaining('西南电子'), expect.stringContaining('刘洋')]))
      expect(w.findAll('[data-testid="history-note"]').map((x) => x.text()).join()).not.toContain('客户清单.csv')
    }
  })

  it('shows the linked requirement and a thread entry whole', async () => {
    const w = await render('zh-CN')
    const changes = w.findAll('[data-testid="history-change"]').map((x) => x.text())
    expect(changes).toContain('关联需求设为 R-0001 对接 SAP 订单')
    expect(changes).toContain('检查项「安装数据库」已完成')
    expect(changes).toContain('推荐意愿（NPS）：未询问 → 8')
    const entries = w.findAll('[data-testid="history-entry"]').map((x) => x.text())
    expect(entries).toContain('对接字段 order_id 与 C# SDK，金额 > 1 万需审批')
    expect(entries).toContain('内部：先 查日志') // *先* is emphasis: the markup goes, the words stay
    expect(w.findAll('[data-testid="history-note"]').map((x) => x.text())).not.toContain('原因：R-0001')
    expect(w.text()).toContain('耗时 20 分钟')
  })
})
