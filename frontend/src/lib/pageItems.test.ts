import { describe, expect, it } from 'vitest'
import { pageItems } from './pageItems'

describe('pageItems', () => {
  it('shows every page when they fit', () => {
    expect(pageItems(1, 0)).toEqual([1])
    expect(pageItems(3, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
  })
  it('keeps the first, the last and the current page with its neighbours', () => {
    expect(pageItems(1, 200)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gapAfter', 200])
    expect(pageItems(5, 200)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gapAfter', 200])
    expect(pageItems(6, 200)).toEqual([1, 'gapBefore', 4, 5, 6, 7, 8, 'gapAfter', 200])
    expect(pageItems(100, 200)).toEqual([1, 'gapBefore', 98, 99, 100, 101, 102, 'gapAfter', 200])
    expect(pageItems(195, 200)).toEqual([1, 'gapBefore', 193, 194, 195, 196, 197, 'gapAfter', 200])
    expect(pageItems(196, 200)).toEqual([1, 'gapBefore', 194, 195, 196, 197, 198, 199, 200])
    expect(pageItems(200, 200)).toEqual([1, 'gapBefore', 194, 195, 196, 197, 198, 199, 200])
  })
  it('always fills the same number of places past nine pages', () => {
    for (let count = 10; count < 40; count++)
      for (let page = 1; page <= count; page++) {
        const items = pageItems(page, count)
        expect(items).toHaveLength(9)
        expect(items).toContain(page)
      }
  })
})
