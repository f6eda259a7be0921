import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { useRoute, type RouteLocationResolved } from 'vue-router'
import OffDocumentPage from './OffDocumentPage.vue'

// A page as the main lists are: it reads its route, and its list is busy until its answer lands.
function listPage() {
  const opened: unknown[] = []
  const busy = ref(true)
  const Page = defineComponent({
    setup() {
      const route = useRoute()
      opened.push({ name: route.name, query: route.query })
      return () => h('div', { class: 'vd-list-table', 'data-testid': 'off-page' }, [h('div', { class: 'box', 'aria-busy': busy.value ? 'true' : 'false' }, 'rows')])
    },
  })
  return { Page, opened, answer: () => (busy.value = false) }
}
const route = (name: string) => ({ name, query: {}, params: {}, path: `/${name}`, matched: [], hash: '', fullPath: `/${name}`, href: `#/${name}`, meta: {}, redirectedFrom: undefined }) as unknown as RouteLocationResolved
const settle = async () => {
  await flushPromises()
  await new Promise((r) => setTimeout(r, 0))
  await flushPromises()
}

afterEach(() => vi.useRealTimers())

describe('OffDocumentPage', () => {
  it('builds the page as opened at its own route, never in the document, and says built once its list has its answer', async () => {
    const { Page, opened, answer } = listPage()
    const w = mount(OffDocumentPage, { attachTo: document.body, props: { page: () => Promise.resolve(Page), route: route('requirements') } })
    await settle()
    expect(opened).toEqual([{ name: 'requirements', query: {} }])
    expect(document.querySelector('[data-testid="off-page"]')).toBeNull()
    expect(w.emitted('built')).toBeUndefined()
    answer()
    await settle()
    expect(w.emitted('built')).toHaveLength(1)
    w.unmount()
  })

  it('says built after its time limit when no list answers', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { Page } = listPage()
    const w = mount(OffDocumentPage, { props: { page: () => Promise.resolve(Page), route: route('customers') } })
    await flushPromises()
    vi.advanceTimersByTime(1900)
    expect(w.emitted('built')).toBeUndefined()
    vi.advanceTimersByTime(200)
    expect(w.emitted('built')).toHaveLength(1)
    w.unmount()
  })
})
