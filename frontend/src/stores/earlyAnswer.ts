// A main list's first answer, asked for as its menu item is clicked (the router, askEarly) rather
// than once its page's code has loaded and its setup runs: on a first visit the code takes 60–110
// ms to come (Chromium, the bench's large data set), and the page waits for its first answer before
// it shows (lib/firstAnswer.ts), so the answer no longer comes after the code.

// The early answers not taken yet, each one's forgetting.
const untaken = new Set<() => void>()

/** Forgets the early answers no page has taken: the router calls it once a navigation's page has
 * been drawn (it has taken its own by then). One left over (a click overtaken by another, a page
 * already on screen clicked again) would be an old answer for the next load asking the same, after
 * a change made meanwhile. */
export function forgetEarlyAnswers() {
  for (const forget of [...untaken]) forget()
}

/**
 * Wraps a list store's load (`fetch`, which asks Go and puts the answer in the store). `ask(open)`
 * does now what the page does as it opens (`open`, which loads through the wrapped `load`; by
 * default, just that load), and
 * the next load() asking the same question (the same `key`: the store's query) takes that answer,
 * landed or still on its way, instead of asking again. Any other load() asks anew, and the early
 * answer, landing late, is dropped by the store as any superseded answer is.
 */
export function earlyAnswer(fetch: () => Promise<void>, key: () => string) {
  let early: { key: string; answer: Promise<void> } | undefined
  let asking = false
  const forget = () => {
    early = undefined
    untaken.delete(forget)
  }
  function load(): Promise<void> {
    const e = early
    forget()
    if (!asking && e && e.key === key()) return e.answer
    const answer = fetch()
    if (asking) {
      early = { key: key(), answer }
      untaken.add(forget)
    }
    return answer
  }
  function ask(open: () => Promise<unknown> = load): Promise<unknown> {
    asking = true
    try {
      return open()
    } finally {
      asking = false
    }
  }
  return { load, ask }
}
