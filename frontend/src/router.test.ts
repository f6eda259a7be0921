import { describe, expect, it } from 'vitest'
import { background, loadNow, router } from './router'

const pageOf = (name: string) => router.getRoutes().find((r) => r.name === name)?.components?.default

describe('a page’s code loaded ahead of its first visit', () => {
  it('loads at once with loadNow, while the background queue waits for the page on screen to settle', async () => {
    expect(typeof pageOf('customers')).toBe('function') // its loader: the code is not loaded yet
    background.pause() // as while the home page is opening
    try {
      await loadNow('customers')
      // The route holds the page itself now: the first click builds it in the click's own task.
      expect(typeof pageOf('customers')).toBe('object')
      expect((pageOf('customers') as { __name?: string }).__name).toBe('CustomersView')
    } finally {
      background.resume()
    }
  })
})
