// Time zones as people read them: "北京时间（UTC+8）", "London (UTC+0)", never "Asia/Shanghai".
// Every time on a page is shown in the computer's zone (one instant, one way); an SLA calendar may
// keep another zone, and where its clock on the wall reads differently the SLA card says so beside
// the time ("北京时间 21:23"). The names of the zones the SLA editor offers are in the langs
// (timeZones.*, the IANA name with "/" as "_"); other zones take the name the browser knows.

import type { Translator } from './errors'

type Names = Pick<Translator, 't' | 'te'>

const formats = new Map<string, Intl.DateTimeFormat>()

function format(zone: string | undefined, opts: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  const k = `${zone ?? ''}|${key}`
  let f = formats.get(k)
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-CA', { ...opts, timeZone: zone || undefined })
    } catch {
      f = new Intl.DateTimeFormat('en-CA', opts) // an unknown zone reads as the computer's
    }
    formats.set(k, f)
  }
  return f
}

// Asking the browser for its zone builds a date format each time: a ticket page's dozen SLA
// times took 14 ms asking (Chromium trace). Asked again after a minute, for a computer that moved,
// and when the clock has gone back (corrected, set by hand), which would otherwise keep the zone
// until it got back to the time it was asked.
const ZONE_KEPT_MS = 60_000
let zoneAsked: { zone: string; at: number } | undefined

/** The computer's zone (IANA name). */
export function localZone(): string {
  const now = Date.now()
  if (!zoneAsked || now < zoneAsked.at || now - zoneAsked.at > ZONE_KEPT_MS) zoneAsked = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, at: now }
  return zoneAsked.zone
}

const WALL: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }

/** The wall clock in zone (the computer's when empty) at an instant: "2026-11-24" and "21:23". */
export function wallClock(iso: string, zone?: string): { date: string; time: string } {
  const parts = format(zone, WALL, 'wall').formatToParts(new Date(iso))
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` }
}

/**
 * The time in zone where its wall clock reads differently from the computer's (`local`) at that
 * instant, else null: "21:23", with the date ("11-25 05:23") when it is another day there.
 */
export function otherZoneTime(iso: string, zone: string, local = localZone()): string | null {
  if (!zone) return null
  const there = wallClock(iso, zone)
  const here = wallClock(iso, local)
  if (there.date === here.date && there.time === here.time) return null
  return there.date === here.date ? there.time : `${there.date.slice(5)} ${there.time}`
}

/** The zone's name in the langs, or null when the app has none for it. */
function knownName(zone: string, i18n: Names): string | null {
  const key = `timeZones.${zone.replace(/\//g, '_')}`
  return i18n.te(key) ? i18n.t(key) : null
}

/**
 * A zone's name as people say it: the app's own name (北京时间, London), else the generic name the
 * browser knows in that language ("中欧时间", "India Standard Time"), else the IANA name.
 */
export function zoneName(zone: string, i18n: Names, locale: string): string {
  const known = knownName(zone, i18n)
  if (known) return known
  for (const style of ['longGeneric', 'long'] as const) {
    try {
      const name = new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', { timeZone: zone, timeZoneName: style })
        .formatToParts(new Date())
        .find((p) => p.type === 'timeZoneName')?.value
      if (name && !name.startsWith('GMT')) return name
    } catch {
      break // not a zone the browser knows
    }
  }
  return zone
}

/** The zone's offset from UTC now (or at `at`): "UTC+8", "UTC-5", "UTC+5:30". */
export function utcOffset(zone: string, at: Date = new Date()): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')
    const off = (part?.value ?? 'GMT').replace('GMT', '')
    return `UTC${off || '+0'}`
  } catch {
    return ''
  }
}

/** The zone's name in the user's language with its offset, for the zone selects and summaries:
 * a zone the app has no name for keeps its IANA name, which is what a user picking one expects. */
export function zoneLabel(zone: string, i18n: Names, at?: Date): string {
  const name = knownName(zone, i18n) ?? zone
  const offset = utcOffset(zone, at)
  return offset ? i18n.t('timeZones.label', { name, offset }) : name
}
