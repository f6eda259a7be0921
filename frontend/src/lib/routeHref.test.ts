import { describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter, createWebHashHistory, type RouteLocationRaw } from 'vue-router'
import { hrefOf } from './routeHref'

const stub = { render: () => null }
const routes = [
  { path: '/', name: 'home', component: stub },
  { path: '/customers', name: 'customers', component: stub },
  { path: '/customers/:id', name: 'customer', component: stub },
  { path: '/tickets/:id', name: 'ticket', component: stub },
  { path: '/import/:kind', name: 'sheetImport', component: stub },
  { path: '/deals', name: 'deals', component: stub },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]
const id = '3f6c1a52-9d4e-4b7a-8c1e-2a5b6c7d8e9f'
// The links rows make, and some they do not (each must come out as resolve() gives it).
const links: RouteLocationRaw[] = [
  { name: 'customer', params: { id } },
  { name: 'customer', params: { id }, query: { tab: 'requirements' } },
  { name: 'customer', params: { id }, query: { tab: 'service', entry: id } },
  { name: 'ticket', params: { id } },
  { name: 'deals', query: { view: 'receivables' } },
  { name: 'customers' },
  { name: 'home' },
  { name: 'customers', query: { q: '云帆 科技' } }, // encoded: resolve()
  { name: 'customer', params: { id: 'a b/c' } }, // encoded: resolve()
  { name: 'customer', params: { id }, query: { tab: undefined } },
  { name: 'customer', params: { id }, hash: '#top' },
  { name: 'deals', query: { stage: ['won', 'lost'] } }, // a list: resolve()
  '/customers?q=x',
  { path: '/tickets/42' },
]

describe('hrefOf', () => {
  for (const [what, history] of [['hash', createWebHashHistory()], ['memory', createMemoryHistory()]] as const) {
    it(`gives every link the href vue-router resolves (${what} history)`, async () => {
      const router = createRouter({ history, routes })
      await router.push('/')
      for (const to of links) expect(hrefOf(router, to), JSON.stringify(to)).toBe(router.resolve(to).href)
    })
  }

  it('works a row\'s link out without resolving the route, and only such links', async () => {
    const router = createRouter({ history: createWebHashHistory(), routes })
    await router.push('/')
    const resolve = vi.spyOn(router, 'resolve')
    expect(links.slice(0, 7).map((to) => hrefOf(router, to))).toEqual([
      `#/customers/${id}`,
      `#/customers/${id}?tab=requirements`,
      `#/customers/${id}?tab=service&entry=${id}`,
      `#/tickets/${id}`,
      '#/deals?view=receivables',
      '#/customers',
      '#/',
    ])
    expect(resolve).not.toHaveBeenCalled()
    for (const to of links.slice(7)) hrefOf(router, to)
    expect(resolve.mock.calls.length).toBeGreaterThanOrEqual(links.length - 8) // the tab: undefined one is plain
  })
})
