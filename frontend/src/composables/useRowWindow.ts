import { computed, onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

// Rows built beyond those in view, each side, so a scroll shows rows already there.
const OVERSCAN = 4

/**
 * The rows of a long list that are in view of its scrolling box (and a few either side), for rows
 * of one fixed height: worked out from the scroll position alone, no row measured. The box's
 * height is known once the browser has laid it out (a ResizeObserver: reading it while building
 * would make the browser lay the page out then); until then `expectedHeight` stands for it, the
 * height its max-height gives it once its rows overflow it (fullHeightOf). It must be that height:
 * the window's, as it was, built rows for 800 px where the box showed 550, and the observer's first
 * report then took them out again as the page was first drawn, a second layout in that frame (13 ms
 * of the customer list's 150 in Chromium, a third of it in the observer's JavaScript).
 */
export function useRowWindow(box: Ref<HTMLElement | null>, count: () => number, rowHeight: () => number, expectedHeight = () => window.innerHeight) {
  const scrollTop = ref(0)
  const boxHeight = ref(expectedHeight())
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

/** The height in px of a scrolling box whose CSS max-height is `maxHeight` ("calc(100vh - 250px)"
 * or "300px"), once its content overflows it, in a window `viewport` px high; the window's height
 * for any other form. */
export function fullHeightOf(maxHeight: string, viewport = window.innerHeight): number {
  const below = /^calc\(100vh - (\d+(?:\.\d+)?)px\)$/.exec(maxHeight.trim())
  if (below) return Math.max(0, viewport - Number(below[1]))
  const fixed = /^(\d+(?:\.\d+)?)px$/.exec(maxHeight.trim())
  return fixed ? Number(fixed[1]) : viewport
}
