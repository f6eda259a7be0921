import { reactive } from 'vue'
import { afterNextPaint, whenIdle } from '@/lib/frames'

/** How many rows each group of a long list shows: its first `first`; after expand(group) the
 * rows in view (`inView`) and then, once the frame showing them is on screen and the browser is
 * idle, `all`. The home page's 200 overdue follow-ups drawn in one frame took 180–320 ms. */
export function useShowAll<G extends string>(groups: readonly G[], first: number, inView: number, all: number) {
  const rows = reactive(Object.fromEntries(groups.map((g) => [g, first]))) as Record<G, number>
  /** Shows the group's rows in view now and the rest after `loaded` (the rows' data) and a paint.
   * `showing` is how many rows the group has on screen: after its data was loaded again with
   * fewer, it starts from the rows in view again rather than drawing all at once. */
  function expand(group: G, loaded: Promise<unknown>, showing: number): Promise<void> {
    rows[group] = Math.max(Math.min(rows[group], showing), inView)
    return loaded
      .then(() => afterNextPaint())
      .then(() => new Promise<void>((done) => whenIdle(() => ((rows[group] = all), done()))))
  }
  return { rows, expand }
}
