// A main list's first answer, asked for as its menu item is clicked (the router, route.meta.early)
// rather than once its page's code has loaded and its setup runs: on a first visit the code takes
// 60–110 ms to come (Chromium, the bench's large data set), and the page waits for its first answer
// before it shows (lib/firstAnswer.ts), so the answer no longer comes after the code.

/** An early answer older than this is not taken: it was asked for a visit that never came (the user
 * went elsewhere first), and a later visit asks again. */
const KEEP_MS = 2000

/**
 * Wraps a list store's load (`fetch`, which asks Go and puts the answer in the store). `ask(open)`
 * does now what the page does as it opens (`open`, which loads through the wrapped `load`), and
 * the next load() asking the same question (the same `key`: the store's query) takes that answer,
 * landed or still on its way, instead of asking again. Any other load() asks anew, and the early
 * answer, landing late, is dropped by the store as any superseded answer is.
 */
export function earlyAnswer(fetch: () => Promise<void>, key: () => string) {
  let early: { key: string; at: number; answer: Promise<void> } | undefined
  let asking = false
  function load(): Promise<void> {
    const e = early
    early = undefined
    const now = Date.now()
    if (!asking && e && e.key === key() && now >= e.at && now - e.at < KEEP_MS) return e.answer
    const answer = fetch()
    if (asking) early = { key: key(), at: now, answer }
    return answer
  }
  function ask<T>(open: () => T): T {
    asking = true
    try {
      return open()
    } finally {
      asking = false
    }
  }
  return { load, ask }
}
