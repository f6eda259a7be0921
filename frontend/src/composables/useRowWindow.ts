import { computed, onBeforeUnmount, onMounted, ref, type Ref } from 'vue'
import { afterNextPaint } from '@/lib/frames'
import { useOffDocument } from './useOffDocument'

// Rows built beyond those in view, each side, so a scroll shows rows already there: from the frame
// after the first, which builds and lays out only the rows it shows (the four below were a fifth of
// a first visit's rows: 8-15 ms off the slower first visits, 40 each in Chromium).
const OVERSCAN = 4
// Rows built out of sight (WarmUp): enough to run each cell's code once; the warm-up's build,
// which a click made just then waits for, is then a fraction of a screenful's.
const OFF_DOCUMENT_ROWS = 2

/**
 * The rows of a long list that are in view of its scrolling box (and a few either side), for rows
 * of one fixed height: worked out from the scroll position alone, no row measured. The box is not
 * measured either: `heightIn` says its height in a window of a given height, what its max-height
 * gives it once its rows overflow it (fullHeightOf; fewer rows than that all fit, and the count
 * bounds the window), and the window's height is followed as it is resized. Measured with a
 * ResizeObserver, the box's first report came as the page was first drawn: of a box still without
 * rows (its answer not in yet) it said 40 px, and the rows then came for that, to be built again
 * at the next report, a second layout in the frame that first showed them (the observer's
 * JavaScript and that layout were 10–13 ms of a list's 150 in Chromium); before that, rows were
 * built for the window's height and the first report took out those the box did not show.
 */
export function useRowWindow(box: Ref<HTMLElement | null>, count: () => number, rowHeight: () => number, heightIn = (viewport: number) => viewport) {
  const scrollTop = ref(0)
  const viewport = ref(window.innerHeight)
  const boxHeight = computed(() => heightIn(viewport.value))
  const drawn = ref(false) // the list's first frame is on screen
  const overscan = () => (drawn.value ? OVERSCAN : 0)
  const first = computed(() => Math.max(0, Math.floor(scrollTop.value / rowHeight()) - overscan()))
  const offDocument = useOffDocument()
  const inView = () => Math.ceil((scrollTop.value + boxHeight.value) / rowHeight()) + overscan()
  const last = computed(() => Math.min(count(), offDocument ? first.value + OFF_DOCUMENT_ROWS : inView()))

  const onResize = () => (viewport.value = window.innerHeight)
  onMounted(() => {
    window.addEventListener('resize', onResize, { passive: true })
    afterNextPaint().then(() => (drawn.value = true))
  })
  onBeforeUnmount(() => window.removeEventListener('resize', onResize))

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
export function fullHeightOf(maxHeight: string, viewport: number): number {
  const css = maxHeight.trim()
  const below = /^calc\(100vh - (\d+(?:\.\d+)?)px\)$/.exec(css)
  if (below) return Math.max(0, viewport - Number(below[1]))
  const fixed = /^(\d+(?:\.\d+)?)px$/.exec(css)
  return fixed ? Number(fixed[1]) : viewport
}
