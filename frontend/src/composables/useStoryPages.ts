import { ref, shallowRef } from 'vue'
import { useErrorToast } from '@/composables/useFieldErrors'
import { useCustomersStore, type StoryItem, type StoryJump } from '@/stores/customers'

/** The pages of a customer's story shown: a window of items from `start` on, grown page by page
 * downwards (older) and, after a jump into the middle, upwards (newer). */
export function useStoryPages(customerId: () => string, kinds: () => string[], page = 50) {
  const store = useCustomersStore()
  const toastError = useErrorToast()
  const items = shallowRef<StoryItem[]>([])
  const start = ref(0) // the offset of items[0] in the whole (filtered) story
  const total = ref(0)
  const counts = shallowRef<{ kind: string; count: number }[]>([])
  const loading = ref(false)
  const loaded = ref(false)
  let seq = 0

  async function fetch(offset: number, limit: number, jump: StoryJump | undefined, put: (got: StoryItem[], offset: number) => void) {
    const mine = ++seq
    loading.value = true
    try {
      const p = await store.story(customerId(), kinds(), offset, limit, jump)
      if (mine !== seq) return
      put(p.items ?? [], p.offset)
      total.value = p.total
      counts.value = (p.counts ?? []).filter((c) => c.count > 0) // every kind's, whatever the chip
      loaded.value = true
    } catch (e) {
      if (mine === seq) toastError(e)
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  /** The first page, or the page a jump lands on; what was shown goes (it is another list). */
  function load(jump?: StoryJump) {
    items.value = []
    start.value = 0
    total.value = 0
    return fetch(0, page, jump, (got, offset) => {
      items.value = got
      start.value = offset
    })
  }
  /** The next older page. */
  const older = () => fetch(start.value + items.value.length, page, undefined, (got) => (items.value = [...items.value, ...got]))
  /** The page of newer items before what is shown (after a jump). */
  function newer() {
    const from = Math.max(0, start.value - page)
    return fetch(from, start.value - from, undefined, (got) => {
      items.value = [...got, ...items.value]
      start.value = from
    })
  }
  return { items, start, total, counts, loading, loaded, load, older, newer }
}
