// Time zones as people name them: "北京时间（UTC+8）", "London (UTC+0)", never "Asia/Shanghai".
// The names of the zones the SLA editor offers are in the langs (timeZones.*, the IANA name with
// "/" as "_"); any other zone a calendar holds keeps its IANA name, still with its offset.

import type { Translator } from './errors'

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

/** The zone's name in the user's language with its offset. */
export function zoneLabel(zone: string, i18n: Pick<Translator, 't' | 'te'>, at?: Date): string {
  const key = `timeZones.${zone.replace(/\//g, '_')}`
  const name = i18n.te(key) ? i18n.t(key) : zone
  const offset = utcOffset(zone, at)
  return offset ? i18n.t('timeZones.label', { name, offset }) : name
}
