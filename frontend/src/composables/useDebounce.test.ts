import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { useFilterSearch } from './useDebounce'

function mountSearch() {
  const filter = ref('')
  const sent: string[] = []
  let search!: ReturnType<typeof useFilterSearch>
  mount(defineComponent({ setup: () => ((search = useFilterSearch(() => filter.value, (t) => { sent.push(t); filter.value = t })), () => h('div')) }))
  return { filter, sent, search: () => search }
}

describe('useFilterSearch', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('searches at once for text typed after a pause, and for the word once typing letter by letter pauses', async () => {
    const { sent, search } = mountSearch()
    search().value = '单点登录' // pasted, or an IME's word
    await nextTick()
    expect(sent).toEqual(['单点登录'])

    vi.advanceTimersByTime(1000)
    for (const text of ['e', 'ex', 'exp', 'expo']) {
      search().value = text
      await nextTick()
      vi.advanceTimersByTime(50)
    }
    expect(sent).toEqual(['单点登录', 'e'])
    vi.advanceTimersByTime(200)
    expect(sent).toEqual(['单点登录', 'e', 'expo'])
  })

  it('shows a filter set elsewhere, and sends nothing for text that already is the filter', async () => {
    const { filter, sent, search } = mountSearch()
    filter.value = '云帆'
    await nextTick()
    expect(search().value).toBe('云帆')
    search().value = ' 云帆 '
    await nextTick()
    vi.advanceTimersByTime(500)
    expect(sent).toEqual([])
  })
})
