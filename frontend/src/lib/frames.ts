/** Resolves once the browser has drawn the next frame (a task after its animation frame), so
 * work that can wait does not hold up the frame that shows what the user just did. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
}

/** Calls fn when the browser is idle (at the latest after a second); where the web view has no
 * requestIdleCallback (WebKit may not), soon after. */
export function whenIdle(fn: () => void) {
  if ('requestIdleCallback' in window) window.requestIdleCallback(() => fn(), { timeout: 1000 })
  else setTimeout(fn, 50)
}
