import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createRouter, createMemoryHistory } from 'vue-router'
import RowLink from './RowLink'

const stub = { render: () => null }
function mountLink() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'home', component: stub },
      { path: '/customers/:id', name: 'customer', component: stub },
    ],
  })
  const Host = defineComponent({
    setup: () => () => h(RowLink, { to: { name: 'customer', params: { id: 'c1' }, query: { tab: 'service' } }, class: 'row', 'data-testid': 'link' }, () => '客户一'),
  })
  return { router, w: mount(Host, { global: { plugins: [router] } }) }
}

describe('RowLink', () => {
  it('is a plain link to the route, with the classes and test id it was given', async () => {
    const { router, w } = mountLink()
    await router.isReady()
    const a = w.find('a')
    expect(a.attributes('href')).toBe('/customers/c1?tab=service')
    expect(a.classes()).toContain('row')
    expect(a.attributes('data-testid')).toBe('link')
    expect(a.text()).toBe('客户一')
  })

  it('opens the route in the app on a plain click, and leaves a click with a modifier key to the web view', async () => {
    const { router, w } = mountLink()
    await router.isReady()
    const withCtrl = new MouseEvent('click', { button: 0, ctrlKey: true, bubbles: true, cancelable: true })
    w.find('a').element.dispatchEvent(withCtrl)
    await flushPromises()
    expect(withCtrl.defaultPrevented).toBe(false)
    expect(router.currentRoute.value.name).toBe('home')

    const plain = new MouseEvent('click', { button: 0, bubbles: true, cancelable: true })
    w.find('a').element.dispatchEvent(plain)
    await flushPromises()
    expect(plain.defaultPrevented).toBe(true)
    expect(router.currentRoute.value.fullPath).toBe('/customers/c1?tab=service')
  })
})
