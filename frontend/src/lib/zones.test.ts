import { describe, expect, it } from 'vitest'
import { otherZoneTime, wallClock, zoneName } from './zones'

describe('zones', () => {
  it('reads the wall clock of a zone', () => {
    expect(wallClock('2026-11-24T13:23:00Z', 'Asia/Shanghai')).toEqual({ date: '2026-11-24', time: '21:23' })
    expect(wallClock('2026-11-24T13:23:00Z', 'Europe/Berlin')).toEqual({ date: '2026-11-24', time: '14:23' })
  })

  it('gives the calendar time only where it differs from the computer, with the date when it is another day', () => {
    const here = Intl.DateTimeFormat().resolvedOptions().timeZone
    expect(otherZoneTime('2026-11-24T13:23:00Z', here)).toBeNull()
    expect(otherZoneTime('2026-11-24T13:23:00Z', '')).toBeNull()
    // A computer in Berlin: Shanghai is 7 hours ahead in winter, after 17:00 already the next day.
    expect(otherZoneTime('2026-11-24T13:23:00Z', 'Asia/Shanghai', 'Europe/Berlin')).toBe('21:23')
    expect(otherZoneTime('2026-11-24T17:00:00Z', 'Asia/Shanghai', 'Europe/Berlin')).toBe('11-25 01:00')
    expect(otherZoneTime('2026-11-24T17:00:00Z', 'Asia/Hong_Kong', 'Asia/Shanghai')).toBeNull() // same offset, another name
  })

  it('names zones as people do, never raw where a name exists', () => {
    expect(zoneName('Asia/Shanghai', 'zh-CN')).toBe('北京时间')
    expect(zoneName('Asia/Shanghai', 'en')).toBe('China Standard Time')
    expect(zoneName('Europe/Berlin', 'zh-CN')).toBe('中欧时间')
    expect(zoneName('Europe/Berlin', 'en')).toBe('Central European Time')
    expect(zoneName('Nowhere/Atlantis', 'en')).toBe('Nowhere/Atlantis')
  })
})
