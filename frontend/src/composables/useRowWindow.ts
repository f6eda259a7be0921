import { computed, onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

// Rows built beyond those in view, each side, so a scroll shows rows already there.
const OVERSCAN = 4

/**
 * The rows of a long list that are in view of its scrolling box (and a few either side), for rows
 * of one fixed height: worked out from the scroll position alone, no row measured. The box's
 * height is known once the browser has laid it out (a ResizeObserver: reading it while building
 * would make the browser lay the page out then); until then the window's height bounds it.
 */
export function useRowWindow(box: Ref<HTMLElement | null>, count: () => number, rowHeight: () => number) {
  const scrollTop = ref(0)
  const boxHeight = ref(window.innerHeight)
  const first = computed(() => Math.max(0, Math.floor(scrollTop.value / rowHeight()) - OVERSCAN))
  const last = computed(() => Math.min(count(), Math.ceil((scrollTop.value + boxHeight.value) / rowHeight()) + OVERSCAN))

  let observer: ResizeObserver | undefined
  onMounted(() => {
    if (!box.value || typeof ResizeObserver === 'undefined') return
    observer = new ResizeObserver(([entry]) => (boxHeight.value = entry.contentRect.height))
    observer.observe(box.value)
  })
  onBeforeUnmount(() => observer?.disconnect())

  /** Follows the box's scroll position (its scroll handler). */
  const follow = () => (scrollTop.value = box.value?.scrollTop ?? 0)
  /** Back to the first row. Only a box scrolled away is touched: setting scrollTop makes the
   * browser lay the page out there and then, in the middle of building it (3 ms of a customer's
   * requirements tab, whose rows come after the table). */
  function toTop() {
    if (!scrollTop.value) return
    if (box.value) box.value.scrollTop = 0
    scrollTop.value = 0
  }
  return { first, last, follow, toTop }
}
