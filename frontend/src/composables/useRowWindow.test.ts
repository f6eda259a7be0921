import { describe, expect, it } from 'vitest'
import { fullHeightOf } from './useRowWindow'

describe('fullHeightOf', () => {
  it('is the height a list box’s max-height gives it in the window', () => {
    expect(fullHeightOf('calc(100vh - 250px)', 800)).toBe(550)
    expect(fullHeightOf('calc(100vh - 295px)', 1000)).toBe(705)
    expect(fullHeightOf(' 300px ', 800)).toBe(300)
    expect(fullHeightOf('calc(100vh - 900px)', 800)).toBe(0) // a window smaller than what the page keeps
  })
  it('is the window’s height for a max-height it cannot read, as before the box is measured', () => {
    expect(fullHeightOf('60vh', 800)).toBe(800)
    expect(fullHeightOf('', 720)).toBe(720)
  })
})
