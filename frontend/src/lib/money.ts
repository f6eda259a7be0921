import { currencySymbol } from './format'

// Amounts travel as whole hundredths (backend/money.go): fen for CNY, cents for USD. Typed text
// becomes hundredths by reading its digits, never through a float (0.1 + 0.2 is 30, exactly),
// and hundredths are shown by splitting the integer.

/** Hundredths of `text` ("12,345.6", "¥ 12 345.60", "１２３"), or null when it is not an amount
 * with at most two decimals. A negative amount is read as such: the backend says why it is refused. */
export function parseAmount(text: string): number | null {
  const s = text
    .normalize('NFKC') // full-width digits and signs from a Chinese IME
    .replace(/，/g, ',')
    .replace(/[\s_'¥$€£]|CNY|RMB|元/gi, '')
  // Commas only between groups of three digits: "12,50" is a typing slip (or a decimal comma),
  // not 1,250.
  const m = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{0,2}))?$/.exec(s)
  if (!m) return null
  const whole = Number(m[2].replace(/,/g, ''))
  const cents = Number((m[3] ?? '').padEnd(2, '0'))
  const v = whole * 100 + cents
  if (!Number.isSafeInteger(v)) return null
  return m[1] ? -v : v
}

/** The amount with two decimals and grouped thousands, no currency: "12,345.60". */
export function amountText(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : ''
  const v = Math.abs(Math.trunc(hundredths))
  const whole = String(Math.floor(v / 100)).replace(/\B(?=(\d{3})+$)/g, ',')
  return `${sign}${whole}.${String(v % 100).padStart(2, '0')}`
}

/** A plain amount to edit ("12345.6" for 1,234,560 hundredths; "" for none). */
export function amountInput(hundredths: number): string {
  if (!hundredths) return ''
  return amountText(hundredths).replace(/,/g, '').replace(/\.?0+$/, '')
}

/** A large CNY amount in short: "¥1.2万" / "¥3.4亿" in Chinese, "CN¥12.3k" / "CN¥4.5M" in English (the
 * sign as the locale writes it, as full amounts show it). */
export function shortCNY(hundredths: number, locale: string): string {
  const sign = (hundredths < 0 ? '-' : '') + currencySymbol('CNY', locale)
  const yuan = Math.abs(hundredths) / 100
  const units = locale === 'zh-CN' ? ([[1e4, '万'], [1e8, '亿']] as const) : ([[1e3, 'k'], [1e6, 'M'], [1e9, 'B']] as const)
  const round1 = (v: number) => Math.round(v * 10) / 10
  let i = units.length - 1
  while (i >= 0 && yuan < units[i][0]) i--
  // Rounded to one decimal, an amount may reach the next unit: 999,960 is ¥1M, not ¥1000k.
  if (i >= 0 && i + 1 < units.length && round1(yuan / units[i][0]) * units[i][0] >= units[i + 1][0]) i++
  if (i >= 0) return `${sign}${round1(yuan / units[i][0])}${units[i][1]}`
  return `${sign}${amountText(Math.abs(hundredths)).replace(/\.00$/, '')}`
}

/** Rates are millionths of a CNY per unit of the currency (backend RateScale). */
export const RATE_SCALE = 1_000_000

/** Millionths of `text` ("7.1234"), or null when it is not a positive rate with at most six decimals. */
export function parseRate(text: string): number | null {
  const m = /^(\d+)(?:\.(\d{0,6}))?$/.exec(text.normalize('NFKC').trim())
  if (!m) return null
  const v = Number(m[1]) * RATE_SCALE + Number((m[2] ?? '').padEnd(6, '0'))
  return Number.isSafeInteger(v) && v > 0 ? v : null
}

/** A rate to show or edit: "7.1234". */
export function rateText(millionths: number): string {
  const whole = Math.floor(millionths / RATE_SCALE)
  const frac = String(millionths % RATE_SCALE).padStart(6, '0').replace(/0+$/, '')
  return frac ? `${whole}.${frac}` : String(whole)
}
