// A list page opened from the menu was built and drawn twice: first without its rows (its answer
// lands a few milliseconds after the page's build, when the browser has already laid out and
// painted the page as it was), then again with them. On the large data set in Chromium that first
// frame was 15–20 ms of layout and paint nobody needed, before the rows' own.

/** How long a page waits for its first answer before it shows without it (its rows then come as
 * they did before: a busy table first). An answer normally takes a few milliseconds. */
const WAIT_MS = 100

/**
 * Resolves once every load has settled (answered or failed: the page shows its own error), or
 * after WAIT_MS, whichever comes first; it never rejects. A list page awaits it at the end of its
 * setup: the <suspense> around AppShell's router view keeps the page before on screen until then,
 * so the list is built once, with its rows, and drawn once.
 */
export function firstAnswer(...loads: Promise<unknown>[]): Promise<void> {
  const settled = Promise.all(loads.map((p) => p.then(ignore, ignore)))
  return Promise.race([settled.then(ignore), new Promise<void>((done) => setTimeout(done, WAIT_MS))])
}

function ignore() {}
