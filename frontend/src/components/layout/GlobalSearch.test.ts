import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { NMessageProvider } from 'naive-ui'
import { makeI18n } from '@/i18n'
import { useUiStore } from '@/stores/ui'

// The search's answer comes when the test says (the first queries wait for the index's build).
let answer: (r: unknown) => void = () => {}
let refuse: (e: unknown) => void = () => {}
const warmed: boolean[] = []
const asked: string[] = []
vi.mock('@/wailsjs/go/api/Search', () => ({
  Find: (query: string) => {
    asked.push(query)
    return new Promise((done, fail) => {
      answer = done
      refuse = fail
    })
  },
  Warm: (soon: boolean) => {
    warmed.push(soon)
    return Promise.resolve()
  },
}))

import GlobalSearch from './GlobalSearch.vue'

const router = createRouter({
  history: createMemoryHistory(),
  routes: [{ path: '/', name: 'home', component: { render: () => null } }, { path: '/x', name: 'x', component: { render: () => null } }],
})
async function mountSearch() {
  await router.push('/')
  const Host = defineComponent({ setup: () => () => h(NMessageProvider, null, () => h(GlobalSearch)) })
  const pinia = createPinia()
  const w = mount(Host, { global: { plugins: [pinia, makeI18n('zh-CN'), router] }, attachTo: document.body })
  return Object.assign(w, { ui: useUiStore(pinia) })
}

describe('GlobalSearch', () => {
  it('says it is searching while a query takes long, then shows what it found', async () => {
    vi.useFakeTimers()
    const w = await mountSearch()
    await w.find('[data-testid="global-search"]').setValue('云帆')
    await flushPromises()
    expect(w.find('[data-testid="search-waiting"]').exists()).toBe(false) // a quick answer shows no flicker
    vi.advanceTimersByTime(400)
    await flushPromises()
    expect(w.find('[data-testid="search-waiting"]').text()).toBe('正在搜索…')

    answer({ terms: ['云帆'], groups: [] })
    await flushPromises()
    expect(w.find('[data-testid="search-waiting"]').exists()).toBe(false)
    expect(w.find('[data-testid="search-empty"]').text()).toBe('没有找到“云帆”')
    vi.useRealTimers()
    w.unmount()
  })

  it('shows a kind whose texts were not all read as possibly holding more, and reads them all on request', async () => {
    const w = await mountSearch()
    await w.find('[data-testid="global-search"]').setValue('reproduced')
    answer({ terms: ['reproduced'], groups: [{ kind: 'interaction', total: 0, partial: true, hits: [] }] })
    await flushPromises()
    expect(w.find('[data-testid="search-group"]').text()).toContain('沟通记录 · 0+')
    await w.find('[data-testid="search-read-all"]').trigger('click')
    answer({ terms: ['reproduced'], groups: [{ kind: 'interaction', total: 1, hits: [{ id: 'i1', kind: 'interaction', ref: 'I-0001', title: '会议', field: 'body', snippet: 'reproduced on site' }] }] })
    await flushPromises()
    expect(w.find('[data-testid="search-group"]').text()).toContain('沟通记录 · 1')
    expect(w.find('[data-testid="search-read-all"]').exists()).toBe(false)
    w.unmount()
  })

  // Closed while a slow query runs (Esc, the box left, another page): closed, and still closed
  // when the answer comes.
  for (const how of ['Escape', 'blur', 'route'] as const) {
    it(`stays closed after ${how} while a slow query runs`, async () => {
      vi.useFakeTimers()
      const w = await mountSearch()
      const box = w.find('[data-testid="global-search"]')
      await box.setValue('云帆')
      vi.advanceTimersByTime(400)
      await flushPromises()
      expect(w.find('[data-testid="search-waiting"]').exists()).toBe(true)
      if (how === 'Escape') await box.trigger('keydown', { key: 'Escape' })
      if (how === 'blur') await box.trigger('blur')
      if (how === 'route') await router.push('/x')
      await flushPromises()
      expect(w.find('[data-testid="search-results"]').exists()).toBe(false)
      answer({ terms: ['云帆'], groups: [] })
      await flushPromises()
      expect(w.find('[data-testid="search-results"]').exists()).toBe(false)
      vi.useRealTimers()
      w.unmount()
    })
  }

  // Esc pressed while what was typed last still waits for the typing to pause: that query is never
  // sent, and the results stay closed (they opened again as it ran, under a busy machine's e2e),
  // and until the box's text has been searched, "nothing found" does not name it.
  it('sends nothing more after Esc, and says nothing found only of what was searched', async () => {
    vi.useFakeTimers()
    const w = await mountSearch()
    const box = w.find('[data-testid="global-search"]')
    asked.length = 0
    await box.setValue('<') // the first keystroke after a pause: searched at once
    await flushPromises()
    await box.setValue('<script>不存在') // typed on: waits for the typing to pause
    answer({ terms: ['<'], groups: [] })
    await flushPromises()
    expect(w.find('[data-testid="search-empty"]').text()).toBe('没有找到“<”')
    await box.trigger('keydown', { key: 'Escape' })
    vi.advanceTimersByTime(1000)
    await flushPromises()
    expect(asked).toEqual(['<'])
    expect(w.find('[data-testid="search-results"]').exists()).toBe(false)
    vi.useRealTimers()
    w.unmount()
  })

  it('searches, when the box gets the focus again, what was typed but not sent as it was left', async () => {
    vi.useFakeTimers()
    const w = await mountSearch()
    const box = w.find('[data-testid="global-search"]')
    asked.length = 0
    await box.setValue('云')
    await flushPromises()
    await box.setValue('云帆')
    await box.trigger('blur')
    vi.advanceTimersByTime(1000)
    expect(asked).toEqual(['云'])
    await box.trigger('focus')
    vi.advanceTimersByTime(1000)
    await flushPromises()
    expect(asked).toEqual(['云', '云帆'])
    vi.useRealTimers()
    w.unmount()
  })

  // A query that failed was sent: it says so once, not again each time the box gets the focus; and
  // an emptied box forgets what was sent, so the same text typed again is searched again.
  it('does not send a failed query again when the box gets the focus; an emptied box forgets what was sent', async () => {
    vi.useFakeTimers()
    const w = await mountSearch()
    const box = w.find('[data-testid="global-search"]')
    asked.length = 0
    await box.setValue('云帆')
    await flushPromises()
    refuse(new Error('index unreadable'))
    await flushPromises()
    await box.trigger('blur')
    await box.trigger('focus')
    vi.advanceTimersByTime(1000)
    await flushPromises()
    expect(asked).toEqual(['云帆'])

    await box.setValue('云')
    await flushPromises() // searched at once: the first keystroke after a pause
    answer({ terms: ['云'], groups: [] })
    await flushPromises()
    await box.setValue('')
    await box.setValue('云')
    await box.trigger('blur') // left before the typing paused: not sent
    await box.trigger('focus')
    vi.advanceTimersByTime(1000)
    await flushPromises()
    expect(asked).toEqual(['云帆', '云', '云'])
    vi.useRealTimers()
    w.unmount()
  })

  it('asks for the index at once when the box gets the focus: a query is coming', async () => {
    const w = await mountSearch()
    warmed.length = 0
    await w.find('[data-testid="global-search"]').trigger('focus')
    await w.find('[data-testid="global-search"]').trigger('blur')
    await w.find('[data-testid="global-search"]').trigger('focus')
    await flushPromises()
    expect(warmed).toEqual([true]) // once: later focuses ask nothing
    w.unmount()
  })

  // The box is a plain <input> (PlainInput), not Naive's NInput: Ctrl+K still focuses it with its
  // text selected, to type over, and its clear button empties it without leaving it.
  it('is a plain input that Ctrl+K focuses with its text selected, and its clear button empties', async () => {
    const w = await mountSearch()
    expect(w.find('.n-input').exists()).toBe(false)
    const box = w.find<HTMLInputElement>('input[data-testid="global-search"]')
    expect(box.attributes('role')).toBe('combobox')
    await box.setValue('云帆')
    answer({ terms: ['云帆'], groups: [] })
    await flushPromises()
    box.element.blur()
    w.ui.focusSearch()
    await flushPromises()
    expect(document.activeElement).toBe(box.element)
    expect([box.element.selectionStart, box.element.selectionEnd]).toEqual([0, 2])
    await w.find('button[aria-label="清除"]').trigger('click')
    expect(box.element.value).toBe('')
    expect(document.activeElement).toBe(box.element)
    w.unmount()
  })

  // Chinese is typed through an IME: its letters (yunfan) are not searched, nor its Enter taken as
  // opening a result; the characters chosen are.
  it('searches what an IME puts in the box, not the letters typed while composing', async () => {
    const w = await mountSearch()
    const box = w.find<HTMLInputElement>('[data-testid="global-search"]')
    asked.length = 0
    await box.trigger('compositionstart')
    box.element.value = 'yunfan'
    await box.trigger('input')
    await box.trigger('keydown', { key: 'Enter', isComposing: true })
    await flushPromises()
    expect(asked).toEqual([])
    box.element.value = '云帆'
    await box.trigger('compositionend')
    await flushPromises()
    expect(asked).toEqual(['云帆'])
    answer({ terms: ['云帆'], groups: [] })
    await flushPromises()
    expect(w.find('[data-testid="search-empty"]').text()).toBe('没有找到“云帆”')
    w.unmount()
  })
})
