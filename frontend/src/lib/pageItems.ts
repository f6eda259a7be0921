/** One place in a pager: a page number, or a gap standing for the pages left out before or after. */
export type PageItem = number | 'gapBefore' | 'gapAfter'

/**
 * The pages a pager shows, in at most `slots` places (as Naive UI's pager does): every page when
 * they fit, else the first and the last, the current one with its neighbours, and a gap where pages
 * are left out. A gap keeps its place count, so the pager does not jump about as the page changes.
 */
export function pageItems(page: number, pageCount: number, slots = 9): PageItem[] {
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)
  if (pageCount <= slots) return range(1, Math.max(pageCount, 1))
  const side = Math.floor((slots - 4) / 2) // neighbours each side of the current page between two gaps
  if (page - side <= 3) return [...range(1, slots - 2), 'gapAfter', pageCount]
  if (page + side >= pageCount - 2) return [1, 'gapBefore', ...range(pageCount - (slots - 3), pageCount)]
  return [1, 'gapBefore', ...range(page - side, page + side), 'gapAfter', pageCount]
}

/** How far a gap jumps: the pages between the two gaps. */
export const gapJump = (slots = 9) => slots - 4
