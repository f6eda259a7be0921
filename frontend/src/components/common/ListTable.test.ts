import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, provide, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { NConfigProvider } from 'naive-ui'
import { makeI18n } from '@/i18n'
import { offDocumentKey } from '@/composables/useOffDocument'
import ListTable from './ListTable.vue'
import type { ListColumn, ListSort } from './listTable'

interface Row {
  id: string
  name: string
}
const columns: ListColumn<Row>[] = [
  { key: 'id', title: 'No.', width: 80, sortable: true, render: (r) => r.id },
  { key: 'name', title: 'Name', minWidth: 180, render: (r) => h('b', { 'data-testid': 'name' }, r.name) },
]
const rowsOf = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ id: `R${from + i}`, name: `<i>name ${from + i}</i>` }))

function mountTable(rows: Row[], sort: ListSort = { sort: null, desc: false }, locale: 'en' | 'zh-CN' = 'en', maxHeight = '400px', offDocument = false) {
  const state = ref({ rows, sort, loading: false })
  const events: unknown[][] = []
  const Host = defineComponent({
    setup: () => {
      if (offDocument) provide(offDocumentKey, true) // built out of sight, as WarmUp's OffDocumentPage does
      return () => h(NConfigProvider, null, () =>
        h(ListTable<Row>, {
          columns,
          rows: state.value.rows,
          sort: state.value.sort,
          loading: state.value.loading,
          rowKey: (r: Row) => r.id,
          rowProps: (r: Row) => ({ 'data-testid': 'row', 'data-id': r.id }),
          paging: { page: 3, pageSize: 20, total: 1000, pageSizes: [20, 50], totalTestid: 'total' },
          maxHeight,
          onSort: (...a: unknown[]) => events.push(['sort', ...a]),
          onPage: (p: number) => events.push(['page', p]),
          onPageSize: (s: number) => events.push(['pageSize', s]),
        }),
      )
    },
  })
  const w = mount(Host, { global: { plugins: [createPinia(), makeI18n(locale)] }, attachTo: document.body })
  return { w, state, events }
}

describe('ListTable', () => {
  it('builds only the rows in view and a few more, with spacers for the rest', async () => {
    window.innerHeight = 800
    const { w } = mountTable(rowsOf(200), undefined, 'en', 'calc(100vh - 250px)')
    // As it is first built, before the browser has laid the box out: the 550 px its max-height
    // leaves it in an 800-px window, at 40 px a row; never all 200, and not the window's 800 px of
    // rows, which the box's first measure would then take out again. The four more below, for a
    // scroll, come once that first frame is drawn: it builds and lays out only what it shows.
    expect(w.findAll('[data-testid="row"]')).toHaveLength(14)
    await new Promise((r) => setTimeout(r, 100)) // a frame
    await nextTick()
    const built = w.findAll('[data-testid="row"]')
    expect(built.length).toBe(18)
    expect(built[0].attributes('data-id')).toBe('R0')
    const spacers = w.findAll('tr.spacer')
    expect(spacers[1].attributes('style')).toContain(`height: ${(200 - 18) * 40}px`)

    // Scrolled to row 100: rows from 96 are built, the spacer above holds the place of the rest.
    const box = w.find('tbody').element.closest('table')!.parentElement!
    box.scrollTop = 100 * 40
    box.dispatchEvent(new Event('scroll'))
    await nextTick()
    const ids = w.findAll('[data-testid="row"]').map((r) => r.attributes('data-id'))
    expect(ids[0]).toBe('R96')
    expect(ids).toContain('R117') // 100 + 550 / 40 + 4
    expect(ids).not.toContain('R118')
    expect(w.findAll('tr.spacer')[0].attributes('style')).toContain(`height: ${96 * 40}px`)
    w.unmount()
  })

  it('built out of sight (the warm-up), builds two rows: enough to run its cells once', () => {
    window.innerHeight = 800
    const { w } = mountTable(rowsOf(200), undefined, 'en', 'calc(100vh - 250px)', true)
    expect(w.findAll('[data-testid="row"]').map((r) => r.attributes('data-id'))).toEqual(['R0', 'R1'])
    expect(w.findAll('[data-testid="name"]')).toHaveLength(2)
    w.unmount()
  })

  it('builds, for rows that come after it, the rows its box will show, and follows the window’s height', async () => {
    window.innerHeight = 800
    // A browser reports the size of a box as laid out: this one before its rows came, 40 px.
    const Observer = globalThis.ResizeObserver
    globalThis.ResizeObserver = class {
      report: ResizeObserverCallback
      constructor(report: ResizeObserverCallback) {
        this.report = report
      }
      observe() {
        this.report([{ contentRect: { height: 40 } } as ResizeObserverEntry], this as unknown as ResizeObserver)
      }
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver
    try {
      const { w, state } = mountTable([], undefined, 'en', 'calc(100vh - 250px)')
      await nextTick()
      state.value = { ...state.value, rows: rowsOf(200) }
      await nextTick()
      expect(w.findAll('[data-testid="row"]').length).toBe(14) // 550 px at 40 a row
      await new Promise((r) => setTimeout(r, 100)) // a frame
      await nextTick()
      expect(w.findAll('[data-testid="row"]').length).toBe(18) // and four more, once drawn
      window.innerHeight = 1000
      window.dispatchEvent(new Event('resize'))
      await nextTick()
      expect(w.findAll('[data-testid="row"]').length).toBe(23) // 750 px
      w.unmount()
    } finally {
      globalThis.ResizeObserver = Observer
      window.innerHeight = 800
    }
  })

  it('shows text from the rows as text, never as HTML', () => {
    const { w } = mountTable(rowsOf(2))
    expect(w.find('[data-testid="name"]').text()).toBe('<i>name 0</i>')
    expect(w.find('i').exists()).toBe(false)
    w.unmount()
  })

  it('starts a new page of rows at its first row', async () => {
    const { w, state } = mountTable(rowsOf(200))
    const box = w.find('table').element.parentElement!
    box.scrollTop = 4000
    box.dispatchEvent(new Event('scroll'))
    await nextTick()
    state.value = { ...state.value, rows: rowsOf(200, 1000) }
    await nextTick()
    expect(box.scrollTop).toBe(0)
    expect(w.find('[data-testid="row"]').attributes('data-id')).toBe('R1000')
    w.unmount()
  })

  // Setting scrollTop makes the browser lay the page out there and then: rows that come after the
  // table (a customer's requirements tab) must not pay for it when the box is at the top already.
  it('leaves a box already at the top alone when new rows come', async () => {
    const { w, state } = mountTable([])
    const box = w.find('table').element.parentElement!
    let writes = 0
    const own = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTop')!
    Object.defineProperty(box, 'scrollTop', { get: () => own.get!.call(box), set: (v) => { writes++; own.set!.call(box, v) } })
    state.value = { ...state.value, rows: rowsOf(50) }
    await nextTick()
    expect(writes).toBe(0)
    expect(w.findAll('[data-testid="row"]').length).toBeGreaterThan(0)
    w.unmount()
  })

  it('sorts ascending, then descending, then back to the list’s own order', async () => {
    const { w, state, events } = mountTable(rowsOf(3))
    const th = () => w.findAll('th')[0]
    expect(th().attributes('aria-sort')).toBe('none')
    expect(w.findAll('th')[1].attributes('aria-sort')).toBeUndefined() // not sortable
    await th().trigger('click')
    state.value = { ...state.value, sort: { sort: 'id', desc: false } }
    await nextTick()
    expect(th().attributes('aria-sort')).toBe('ascending')
    await th().trigger('keydown', { key: 'Enter' })
    state.value = { ...state.value, sort: { sort: 'id', desc: true } }
    await nextTick()
    expect(th().attributes('aria-sort')).toBe('descending')
    await th().trigger('click')
    await w.findAll('th')[1].trigger('click')
    expect(events).toEqual([
      ['sort', 'id', false],
      ['sort', 'id', true],
      ['sort', null, true],
    ])
    w.unmount()
  })

  it('says so when there are no rows (as Naive\'s table did), not while loading', async () => {
    const { w, state } = mountTable([], undefined, 'zh-CN')
    expect(w.find('[data-testid="list-empty"]').text()).toBe('无数据')
    vi.useFakeTimers()
    state.value = { ...state.value, loading: true } // the veil's spinner, not the words under it
    await nextTick()
    vi.advanceTimersByTime(300) // the veil waits for a slow answer
    await nextTick()
    expect(w.find('[data-testid="list-empty"]').text()).toBe('')
    vi.useRealTimers()
    state.value = { ...state.value, loading: false, rows: rowsOf(2) }
    await nextTick()
    expect(w.find('[data-testid="list-empty"]').exists()).toBe(false)
    w.unmount()
  })

  it('pages: the total, the pages about the current one, and the page size', async () => {
    const { w, events } = mountTable(rowsOf(3), undefined, 'zh-CN')
    expect(w.find('[data-testid="total"]').text()).toBe('共 1000 条')
    expect(w.findAll('[data-testid="pager-page"]').map((b) => b.text())).toEqual(['1', '2', '3', '4', '5', '6', '7', '50'])
    expect(w.find('[aria-current="page"]').text()).toBe('3')
    await w.findAll('[data-testid="pager-page"]')[7].trigger('click')
    await w.find('[data-testid="pager-prev"]').trigger('click')
    await w.find('[data-testid="pager-next"]').trigger('click')
    await w.find('[aria-current="page"]').trigger('click') // the page shown: nothing to do
    const size = w.find('select')
    expect(size.findAll('option').map((o) => o.text())).toEqual(['20 条/页', '50 条/页'])
    await size.setValue('50')
    expect(events).toEqual([
      ['page', 50],
      ['page', 2],
      ['page', 4],
      ['pageSize', 50],
    ])
    w.unmount()
  })
})
