/** Resolves once the browser has drawn the next frame (a task after its animation frame), so
 * work that can wait does not hold up the frame that shows what the user just did. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
}
