import { describe, expect, it } from 'vitest'
import { withAlpha } from './useLightButtons'

describe('withAlpha', () => {
  it('tints a theme colour as Naive UI tints a secondary button', () => {
    expect(withAlpha('#18a058', 0.16)).toBe('rgba(24, 160, 88, 0.16)')
    expect(withAlpha('#63E2B7', 0.22)).toBe('rgba(99, 226, 183, 0.22)')
    expect(withAlpha('#fff', 0.5)).toBe('rgba(255, 255, 255, 0.5)')
  })

  it('leaves a colour it cannot read as it is', () => {
    expect(withAlpha('rgb(1, 2, 3)', 0.16)).toBe('rgb(1, 2, 3)')
  })
})
