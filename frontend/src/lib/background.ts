import { whenIdle } from './frames'

type Task = () => Promise<unknown>

/** Work that can wait (loading the code of pages not yet opened, building list parts once out of
 * sight): one task at a time, each when the browser is idle, none while a page is opening. On the
 * large data set a click on the customer list made while the app loaded every page's code at once
 * waited behind those sixty requests for its own (the list's table arrived 125 ms after the
 * click); one at a time, a click's code waits for one small request at most. */
export function createBackgroundQueue(idle: (fn: () => void) => void = whenIdle) {
  const waiting: Task[] = []
  let running = false
  let paused = false

  function next() {
    if (running || paused || !waiting.length) return
    running = true
    idle(() => {
      const task = paused ? undefined : waiting.shift()
      const done = () => {
        running = false
        next()
      }
      if (!task) return done()
      task().catch(() => {}).then(done)
    })
  }

  return {
    /** Adds a task after those already waiting, or before them when first (what the page on
     * screen will likely need next goes ahead of the rest of the app's code). A failed task is
     * dropped: what it loads loads again on use. */
    add(task: Task, first = false) {
      if (first) waiting.unshift(task)
      else waiting.push(task)
      next()
    },
    /** Holds back the tasks not yet started (a page is opening: its code and data go first). */
    pause() {
      paused = true
    },
    resume() {
      paused = false
      next()
    },
  }
}
