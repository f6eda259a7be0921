import { describe, expect, it } from 'vitest'
import { formatMinutes, splitMinutes, type DurationWords } from './duration'

const words: DurationWords = (key, p) =>
  ({ none: '—', minutes: `${p.m} min`, hours: `${p.h} h`, hoursMinutes: `${p.h} h ${p.m} min` })[key]

describe('duration', () => {
  it('splits minutes into hours and minutes', () => {
    expect(splitMinutes(0)).toEqual({ hours: 0, minutes: 0 })
    expect(splitMinutes(90)).toEqual({ hours: 1, minutes: 30 })
    expect(splitMinutes(-5)).toEqual({ hours: 0, minutes: 0 })
  })

  it('formats as h / min and never as days', () => {
    expect(formatMinutes(0, words)).toBe('—')
    expect(formatMinutes(30, words)).toBe('30 min')
    expect(formatMinutes(60, words)).toBe('1 h')
    expect(formatMinutes(90, words)).toBe('1 h 30 min')
    expect(formatMinutes(480, words)).toBe('8 h')
    expect(formatMinutes(7200, words)).toBe('120 h')
  })
})
