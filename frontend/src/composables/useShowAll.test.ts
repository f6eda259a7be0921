import { describe, expect, it } from 'vitest'
import { useShowAll } from './useShowAll'

describe('useShowAll', () => {
  it('shows the first rows, then the rows in view at once, then all after the data and a paint', async () => {
    const { rows, expand } = useShowAll(['overdue', 'upcoming'] as const, 10, 20, 200)
    expect(rows).toEqual({ overdue: 10, upcoming: 10 })
    let loaded!: () => void
    const shown = expand('overdue', new Promise<void>((r) => (loaded = r)), 10)
    expect(rows.overdue).toBe(20)
    await new Promise((r) => setTimeout(r, 30))
    expect(rows.overdue).toBe(20) // the rest waits for the data
    loaded()
    await shown
    expect(rows).toEqual({ overdue: 200, upcoming: 10 })
  })

  it('does not shrink a group showing all, and starts again from the rows in view after a reload', async () => {
    const { rows, expand } = useShowAll(['a'] as const, 10, 20, 200)
    await expand('a', Promise.resolve(), 10)
    expand('a', Promise.resolve(), 200) // all 200 on screen
    expect(rows.a).toBe(200)
    expand('a', Promise.resolve(), 10) // the data was loaded again with its first 10
    expect(rows.a).toBe(20)
  })
})
