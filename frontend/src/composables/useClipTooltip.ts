import { reactive } from 'vue'

/**
 * One tooltip for all the cut-off cells of a list. A cell's text goes in an element with the class
 * `vd-clip` (one line, ellipsis); when the pointer enters one whose text does not fit, the shared
 * tooltip shows the whole text above it. A tooltip component per cell (Naive's NEllipsis) cost
 * more to build than the rest of the row.
 * Wire `onMouseover`/`onMouseleave` to the list's root and render
 * <n-tooltip trigger="manual" :show="tip.show" :x="tip.x" :y="tip.y">{{ tip.text }}</n-tooltip>.
 */
export function useClipTooltip() {
  const tip = reactive({ show: false, x: 0, y: 0, text: '' })
  function onMouseover(e: MouseEvent) {
    const el = e.target instanceof Element ? (e.target.closest('.vd-clip') as HTMLElement | null) : null
    if (!el || el.scrollWidth <= el.clientWidth) {
      tip.show = false
      return
    }
    const r = el.getBoundingClientRect()
    Object.assign(tip, { show: true, x: r.left + Math.min(r.width, el.scrollWidth) / 2, y: r.top, text: el.textContent ?? '' })
  }
  function hide() {
    tip.show = false
  }
  return { tip, onMouseover, onMouseleave: hide, hide }
}
