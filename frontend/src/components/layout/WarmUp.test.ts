import { describe, expect, it } from 'vitest'
import { defineComponent, onMounted, onUnmounted, reactive } from 'vue'
import { mount, flushPromises } from '@vue/test-utils'
import type { RouteLocationResolved } from 'vue-router'
import { NDataTable, NInput, NSelect, NSwitch } from 'naive-ui'
import WarmUp from './WarmUp.vue'

async function untilDone(w: ReturnType<typeof mount>) {
  for (let i = 0; i < 80 && !w.emitted('done'); i++) {
    await new Promise((r) => setTimeout(r, 25))
    await flushPromises()
  }
}

describe('WarmUp', () => {
  it('builds the Naive UI list parts off the document, a part at a time, then asks to go', async () => {
    const w = mount(WarmUp, { attachTo: document.body, props: { pages: [] } })
    const marker = document.querySelector('[data-testid="warm-up"]')
    expect(marker?.getAttribute('aria-hidden')).toBe('true')
    expect(w.findComponent(NDataTable).exists()).toBe(false)
    await untilDone(w)
    expect(w.emitted('done')).toHaveLength(1)
    for (const part of [NDataTable, NInput, NSwitch]) expect(w.findComponent(part).exists()).toBe(true)
    expect(w.findAllComponents(NSelect)).toHaveLength(3) // the table's page size and the two selects
    expect(document.querySelector('.n-data-table, .n-base-selection, .n-input')).toBeNull() // never in the document
    w.unmount()
  })

  it('builds the pages first, one at a time, each until it says built, skipping those it is not given, then the parts', async () => {
    const log: string[] = []
    // Stands in for OffDocumentPage: notes which page is built, and says built 30 ms later.
    const OffDocumentPage = defineComponent({
      props: { page: Function, route: Object },
      emits: ['built'],
      setup(props, { emit }) {
        onMounted(() => {
          log.push(String((props.route as RouteLocationResolved).name))
          setTimeout(() => {
            log.push(`${String((props.route as RouteLocationResolved).name)} built`)
            emit('built')
          }, 30)
        })
        return () => null
      },
    })
    const page = (name: string) => () => ({ page: () => Promise.resolve({}), route: { name } as RouteLocationResolved })
    const pages = [page('customers'), () => undefined, page('tickets')] // the second: opened by the user meanwhile
    const w = mount(WarmUp, { attachTo: document.body, props: { pages }, global: { stubs: { OffDocumentPage } } })
    await untilDone(w)
    expect(log).toEqual(['customers', 'customers built', 'tickets', 'tickets built'])
    expect(w.emitted('done')).toHaveLength(1)
    expect(w.findComponent(NDataTable).exists()).toBe(true)
    w.unmount()
  })

  it('drops the page it is building when the user opens it, and goes on', async () => {
    const log: string[] = []
    // Stands in for OffDocumentPage: notes which page is built; the tickets never say built.
    const OffDocumentPage = defineComponent({
      props: { page: Function, route: Object },
      emits: ['built'],
      setup(props, { emit }) {
        const name = String((props.route as RouteLocationResolved).name)
        onMounted(() => {
          log.push(name)
          if (name !== 'tickets') setTimeout(() => emit('built'), 10)
        })
        onUnmounted(() => log.push(`${name} gone`))
        return () => null
      },
    })
    const page = (name: string) => () => ({ page: () => Promise.resolve({}), route: { name } as RouteLocationResolved })
    const opened = reactive(new Set<string>())
    const w = mount(WarmUp, {
      attachTo: document.body,
      props: { pages: [page('tickets'), page('versions')], opened: (name: string) => opened.has(name) },
      global: { stubs: { OffDocumentPage } },
    })
    for (let i = 0; i < 40 && !log.includes('tickets'); i++) await new Promise((r) => setTimeout(r, 25))
    expect(log).toEqual(['tickets'])
    opened.add('tickets') // the user opens the ticket queue
    await untilDone(w)
    expect(log.slice(0, 3)).toEqual(['tickets', 'tickets gone', 'versions'])
    expect(w.emitted('done')).toHaveLength(1)
    w.unmount()
  })
})
