// Time zones as people read them. Every time on a page is shown in the computer's zone (one
// instant, one way); an SLA calendar may keep another zone, and where its clock on the wall reads
// differently the SLA card says so beside the time ("北京时间 21:23").

const CHINA = new Set(['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Chungking', 'Asia/Harbin', 'PRC'])
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

/** The computer's zone (IANA name). */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
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

/**
 * A zone's name as people say it: 北京时间 for China's zone in Chinese, else the generic name the
 * browser knows ("China Standard Time", "中欧时间"), else the IANA name.
 */
export function zoneName(zone: string, locale: string): string {
  const zh = locale === 'zh-CN'
  if (zh && CHINA.has(zone)) return '北京时间'
  for (const style of ['longGeneric', 'long'] as const) {
    try {
      const name = new Intl.DateTimeFormat(zh ? 'zh-CN' : 'en-GB', { timeZone: zone, timeZoneName: style })
        .formatToParts(new Date())
        .find((p) => p.type === 'timeZoneName')?.value
      if (name && !name.startsWith('GMT')) return name
    } catch {
      break // not a zone the browser knows
    }
  }
  return zone
}
