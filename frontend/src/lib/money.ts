// Amounts travel as whole hundredths (backend/money.go): fen for CNY, cents for USD. Typed text
// becomes hundredths by reading its digits, never through a float (0.1 + 0.2 is 30, exactly),
// and hundredths are shown by splitting the integer.

/** Hundredths of `text` ("12,345.6", "¥ 12 345.60", "１２３"), or null when it is not an amount
 * with at most two decimals. A negative amount is read as such: the backend says why it is refused. */
export function parseAmount(text: string): number | null {
  const s = text
    .normalize('NFKC') // full-width digits and signs from a Chinese IME
    .replace(/[\s,，_'¥$€£]|CNY|RMB|元/gi, '')
  const m = /^(-?)(\d+)(?:\.(\d{0,2}))?$/.exec(s)
  if (!m) return null
  const whole = Number(m[2])
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

/** A large CNY amount in short: "¥1.2万" / "¥3.4亿" in Chinese, "¥12.3k" / "¥4.5M" in English. */
export function shortCNY(hundredths: number, locale: string): string {
  const yuan = hundredths / 100
  const steps = locale === 'zh-CN' ? ([[1e8, '亿'], [1e4, '万']] as const) : ([[1e9, 'B'], [1e6, 'M'], [1e3, 'k']] as const)
  for (const [size, unit] of steps) {
    if (Math.abs(yuan) >= size) return `¥${(yuan / size).toFixed(1).replace(/\.0$/, '')}${unit}`
  }
  return `¥${amountText(hundredths).replace(/\.00$/, '')}`
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
