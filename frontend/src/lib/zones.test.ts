import { afterEach, describe, expect, it, vi } from 'vitest'
import { makeI18n } from '@/i18n'
import { localZone, otherZoneTime, utcOffset, wallClock, zoneLabel, zoneName } from './zones'

const winter = new Date('2027-01-15T12:00:00Z')
const summer = new Date('2027-07-15T12:00:00Z')
const tr = (locale: 'en' | 'zh-CN') => {
  const g = makeI18n(locale).global
  return { t: g.t as (k: string, p?: Record<string, unknown>) => string, te: (k: string) => g.te(k) }
}

describe('zoneLabel', () => {
  it('names the zone in the user language with its offset, never the IANA name', () => {
    expect(zoneLabel('Asia/Shanghai', tr('zh-CN'), winter)).toBe('北京时间（UTC+8）')
    expect(zoneLabel('Asia/Shanghai', tr('en'), winter)).toBe('China (Beijing) (UTC+8)')
    expect(zoneLabel('UTC', tr('zh-CN'), winter)).toBe('协调世界时（UTC+0）')
  })

  it('follows daylight saving time', () => {
    expect(zoneLabel('Europe/London', tr('zh-CN'), winter)).toBe('伦敦时间（UTC+0）')
    expect(zoneLabel('Europe/London', tr('zh-CN'), summer)).toBe('伦敦时间（UTC+1）')
    expect(utcOffset('America/New_York', winter)).toBe('UTC-5')
  })

  it('keeps the IANA name of a zone it has no name for, with its offset', () => {
    expect(zoneLabel('Asia/Kolkata', tr('zh-CN'), winter)).toBe('Asia/Kolkata（UTC+5:30）')
    expect(zoneLabel('Mars/Olympus', tr('en'), winter)).toBe('Mars/Olympus')
  })
})

describe('wall clocks', () => {
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
    expect(zoneName('Asia/Shanghai', tr('zh-CN'), 'zh-CN')).toBe('北京时间')
    expect(zoneName('Asia/Shanghai', tr('en'), 'en')).toBe('China (Beijing)')
    expect(zoneName('Europe/Paris', tr('zh-CN'), 'zh-CN')).toBe('中欧时间')
    expect(zoneName('Europe/Paris', tr('en'), 'en')).toBe('Central European Time')
    expect(zoneName('Nowhere/Atlantis', tr('en'), 'en')).toBe('Nowhere/Atlantis')
  })
})

describe('localZone', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    vi.useRealTimers()
  })

  it('asks the browser once a minute, so a computer moved to another zone shows its new times', () => {
    vi.useFakeTimers({ toFake: ['Date'] }) // only the clock: faked, Intl would not be the browser's
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'))
    const real = Intl.DateTimeFormat().resolvedOptions()
    const asked = vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({ ...real, timeZone: 'Asia/Shanghai' })
    expect([localZone(), localZone(), localZone()]).toEqual(['Asia/Shanghai', 'Asia/Shanghai', 'Asia/Shanghai'])
    expect(asked).toHaveBeenCalledTimes(1)
    asked.mockReturnValue({ ...real, timeZone: 'Europe/London' }) // the laptop landed in London
    vi.setSystemTime(new Date('2030-01-01T00:00:30Z'))
    expect(localZone()).toBe('Asia/Shanghai')
    vi.setSystemTime(new Date('2030-01-01T00:01:01Z'))
    expect(localZone()).toBe('Europe/London')
  })

  // Date.now() can go back (the clock corrected, set by hand): a zone asked "in the future" is
  // not kept until the clock gets there again (an hour, a day), it is asked again.
  it('asks again when the clock has gone back', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2031-06-01T12:00:00Z'))
    const real = Intl.DateTimeFormat().resolvedOptions()
    const asked = vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({ ...real, timeZone: 'Asia/Shanghai' })
    expect(localZone()).toBe('Asia/Shanghai')
    asked.mockReturnValue({ ...real, timeZone: 'Europe/London' })
    vi.setSystemTime(new Date('2031-06-01T10:00:00Z')) // two hours back, and in London
    expect(localZone()).toBe('Europe/London')
  })
})
