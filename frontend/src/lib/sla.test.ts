import { describe, expect, it } from 'vitest'
import { dueState, formatSpan } from './sla'

const words = { d: (n: number) => `${n} d`, h: (n: number) => `${n} h`, min: (n: number) => `${n} min` }
const zero = '0001-01-01T00:00:00Z'
const now = new Date('2026-11-24T10:00:00Z')

describe('dueState', () => {
  it('reads a row as of now', () => {
    const sla = { due: '2026-11-24T10:30:00Z', atRiskAt: '2026-11-24T10:24:00Z', breached: false, paused: false }
    expect(dueState('open', sla, now)).toBe('running')
    expect(dueState('open', sla, new Date('2026-11-24T10:25:00Z'))).toBe('at_risk')
    expect(dueState('open', sla, new Date('2026-11-24T10:30:00Z'))).toBe('breached')
    expect(dueState('open', { ...sla, breached: true }, now)).toBe('breached')
    expect(dueState('resolved', sla, now)).toBe('done')
    expect(dueState('waiting_customer', { due: zero, atRiskAt: zero, breached: false, paused: true }, now)).toBe('paused')
    expect(dueState('new', { due: zero, atRiskAt: zero, breached: false, paused: false }, now)).toBe('none')
  })
})

describe('formatSpan', () => {
  it('keeps the two largest units', () => {
    expect(formatSpan(45 * 60_000, words)).toBe('45 min')
    expect(formatSpan(130 * 60_000, words)).toBe('2 h 10 min')
    expect(formatSpan(120 * 60_000, words)).toBe('2 h')
    expect(formatSpan((3 * 1440 + 4 * 60 + 5) * 60_000, words)).toBe('3 d 4 h')
    expect(formatSpan(-90 * 60_000, words)).toBe('1 h 30 min')
    expect(formatSpan(1000, words)).toBe('1 min')
  })
})
