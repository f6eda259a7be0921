import { describe, expect, it } from 'vitest'
import { makeI18n } from '@/i18n'
import { utcOffset, zoneLabel } from './zones'

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
