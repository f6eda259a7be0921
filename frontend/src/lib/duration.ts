// Working-time targets are kept in minutes. Shown as hours and minutes ("1 h 30 min"); never as
// days, since a "day" of working time depends on the calendar.

export interface DurationParts {
  hours: number
  minutes: number
}

export function splitMinutes(total: number): DurationParts {
  const m = Math.max(0, Math.round(total || 0))
  return { hours: Math.floor(m / 60), minutes: m % 60 }
}

/** The words for the units, from the caller's i18n (keeps this module free of app state). */
export type DurationWords = (key: 'hours' | 'minutes' | 'hoursMinutes' | 'none', params: Record<string, number>) => string

/** 0 → the "no promise" word; 30 → "30 min"; 60 → "1 h"; 90 → "1 h 30 min". */
export function formatMinutes(total: number, words: DurationWords): string {
  const { hours, minutes } = splitMinutes(total)
  if (hours === 0 && minutes === 0) return words('none', {})
  if (hours === 0) return words('minutes', { m: minutes })
  if (minutes === 0) return words('hours', { h: hours })
  return words('hoursMinutes', { h: hours, m: minutes })
}
