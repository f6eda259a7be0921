import { UserInput } from '@/wailsjs/go/api/System'

/** How often at most the page tells Go of the user's presses: Go counts the window busy for half a
 * second after one (backend/api/idle.go), so typing sends a few a second, not one a key. */
export const INPUT_NOTE_EVERY_MS = 250

const PRESSES = ['pointerdown', 'keydown'] as const

/** Tells Go, as the user presses a key or a pointer button anywhere in the page, that the window
 * is busy: the day's backup and the search index's build then step aside while the page builds
 * what the press asked for (a list's first visit builds for about 70 ms before its first call,
 * which was the first Go heard of it). Returns what stops listening. */
export function listenForUserInput(target: EventTarget = window): () => void {
  let last = -Infinity
  const note = (e: Event) => {
    if (e.timeStamp - last < INPUT_NOTE_EVERY_MS) return
    last = e.timeStamp
    UserInput().catch(() => {}) // a page without Go (a test) has nothing to tell
  }
  for (const type of PRESSES) target.addEventListener(type, note, { capture: true, passive: true })
  return () => PRESSES.forEach((type) => target.removeEventListener(type, note, { capture: true }))
}
