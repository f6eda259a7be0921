import { describe, expect, it } from 'vitest'
import { pageOfPosition, renewalsDue } from './today'

describe('renewalsDue', () => {
  it('counts the renewals ending within the month, today included', () => {
    const r = [0, 7, 30, 31, 60, 90].map((daysLeft) => ({ daysLeft }))
    expect(renewalsDue(r)).toBe(3)
    expect(renewalsDue(r, 7)).toBe(2)
  })
  it('counts none before the list has loaded', () => {
    expect(renewalsDue(null)).toBe(0)
  })
})

describe('pageOfPosition', () => {
  it('finds the page of the log that shows the communication', () => {
    expect(pageOfPosition(0, 20)).toBe(1)
    expect(pageOfPosition(19, 20)).toBe(1)
    expect(pageOfPosition(20, 20)).toBe(2)
    expect(pageOfPosition(45, 20)).toBe(3)
  })
  it('falls back to the first page on a nonsense position or page size', () => {
    expect(pageOfPosition(-1, 20)).toBe(1)
    expect(pageOfPosition(5, 0)).toBe(1)
    expect(pageOfPosition(Number.NaN, 20)).toBe(1)
  })
})
