import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { NMessageProvider } from 'naive-ui'
import { makeI18n } from '@/i18n'

// The search's answer comes when the test says (the first queries wait for the index's build).
let answer: (r: unknown) => void = () => {}
vi.mock('@/wailsjs/go/api/Search', () => ({
  Find: () => new Promise((done) => (answer = done)),
  Warm: () => Promise.resolve(),
}))

import GlobalSearch from './GlobalSearch.vue'

async function mountSearch() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', name: 'home', component: { render: () => null } }] })
  await router.push('/')
  const Host = defineComponent({ setup: () => () => h(NMessageProvider, null, () => h(GlobalSearch)) })
  return mount(Host, { global: { plugins: [createPinia(), makeI18n('zh-CN'), router] }, attachTo: document.body })
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
})
