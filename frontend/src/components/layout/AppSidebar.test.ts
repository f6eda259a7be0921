import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { NConfigProvider } from 'naive-ui'
import { makeI18n } from '@/i18n'
import AppSidebar from './AppSidebar.vue'

const names = ['home', 'dashboard', 'customers', 'customer', 'deals', 'requirements', 'releases', 'versions', 'tickets', 'ticket', 'competitors', 'settings']
async function mountAt(path: string, locale: 'en' | 'zh-CN' = 'en') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: names.map((name) => ({ path: name === 'home' ? '/' : ['customer', 'ticket'].includes(name) ? `/${name}s/:id` : `/${name}`, name, component: { render: () => null } })),
  })
  await router.push(path)
  const Host = defineComponent({ setup: () => () => h(NConfigProvider, null, () => h(AppSidebar)) })
  return mount(Host, { global: { plugins: [createPinia(), makeI18n(locale), router] } })
}

describe('AppSidebar', () => {
  it('lists every page in the user language, settings last', async () => {
    const w = await mountAt('/', 'zh-CN')
    const items = w.findAll('a')
    expect(items.map((a) => a.attributes('data-testid'))).toEqual(['nav-home', 'nav-dashboard', 'nav-customers', 'nav-deals', 'nav-requirements', 'nav-releases', 'nav-versions', 'nav-tickets', 'nav-competitors', 'nav-settings'])
    expect(w.find('[data-testid="nav-customers"]').text()).toBe('客户')
    expect(w.find('[data-testid="nav-settings"]').attributes('href')).toBe('/settings')
  })

  it('marks the page open, and a record page under its list', async () => {
    const w = await mountAt('/customers/c1')
    const current = w.findAll('[aria-current="page"]')
    expect(current.map((a) => a.attributes('data-testid'))).toEqual(['nav-customers'])
    expect(current[0].classes()).toContain('active')
  })
})
