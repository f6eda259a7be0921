import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { localZone } from './zones'

// Go's zero time.Time marshals as 0001-01-01T00:00:00Z: it means "never", not year 1.
export function isZeroTime(iso: string | undefined | null): boolean {
  return !iso || iso.startsWith('0001-01-01')
}

function intlLocale(locale: string): string {
  return locale === 'zh-CN' ? 'zh-CN' : 'en-GB'
}

export function formatDate(iso: string | undefined | null, locale: string): string {
  if (isZeroTime(iso)) return '—'
  const d = dayjs(iso!)
  if (!d.isValid()) return iso ?? ''
  return locale === 'zh-CN' ? d.format('YYYY-MM-DD') : d.locale('en').format('D MMM YYYY')
}

export function formatDateTime(iso: string | undefined | null, locale: string): string {
  if (isZeroTime(iso)) return '—'
  const d = dayjs(iso!)
  if (!d.isValid()) return iso ?? ''
  return locale === 'zh-CN' ? d.locale('zh-cn').format('YYYY-MM-DD HH:mm') : d.locale('en').format('D MMM YYYY, HH:mm')
}

// Building an Intl.NumberFormat costs far more than using one (the first of a page sets up the
// locale data, over 10 ms): keep one per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>()
function numberFormat(locale: string, maximumFractionDigits?: number): Intl.NumberFormat {
  const key = `${locale}|${maximumFractionDigits ?? ''}`
  let f = numberFormats.get(key)
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(locale), maximumFractionDigits === undefined ? undefined : { maximumFractionDigits })
    numberFormats.set(key, f)
  }
  return f
}

/** The first Intl format a page builds sets up the browser's locale data (13–16 ms in Chromium;
 * the next, of any kind, 1–2 ms). A ticket page paid it for its SLA times (the computer's zone);
 * AppShell pays it in the background queue after the first screen instead. */
export function warmIntl(locale: string) {
  numberFormat(locale, 1).format(1.5)
  localZone()
}

export function formatNumber(n: number, locale: string): string {
  // Whole numbers group by threes with commas in both languages (format.test.ts checks this
  // against Intl): done by hand, the home page's counts need no Intl.NumberFormat at all.
  if (Number.isSafeInteger(n)) return String(n).replace(/\B(?=(\d{3})+$)/g, ',')
  return numberFormat(locale).format(n)
}

export function formatBytes(n: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB']
  let v = n
  let u = 0
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024
    u++
  }
  const digits = u === 0 ? 0 : 1
  return `${numberFormat(locale, digits).format(v)} ${units[u]}`
}

/** Today's date as YYYY-MM-DD in local time (the backend stores follow-ups as calendar dates). */
export function todayISODate(): string {
  return dayjs().format('YYYY-MM-DD')
}

/** The currency's sign as the locale writes it (¥, US$, €), or its code when Intl does not know it.
 * The yuan's signs are known up front (as Intl writes them; format.test.ts checks): the home page
 * shows yuan in its first screen, and Intl's first currency format cost 7 ms of it in the window. */
const symbols = new Map<string, string>([
  ['zh-CN|CNY', '¥'],
  ['en|CNY', 'CN¥'],
])
export function currencySymbol(currency: string, locale: string): string {
  const key = `${locale}|${currency}`
  let symbol = symbols.get(key)
  if (symbol === undefined) {
    try {
      const f = new Intl.NumberFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', { style: 'currency', currency })
      symbol = f.formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency
    } catch {
      symbol = currency
    }
    symbols.set(key, symbol)
  }
  return symbol
}

/** The currency's name in the locale (人民币, Chinese Yuan), or its code when Intl does not know it. */
export function currencyName(currency: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale === 'zh-CN' ? 'zh-CN' : 'en'], { type: 'currency' }).of(currency) ?? currency
  } catch {
    return currency
  }
}

const moneyFormats = new Map<string, Intl.NumberFormat | null>()
/** An amount in the currency of Settings, per locale (¥12,000.00); an unknown code before the number. */
export function formatMoney(amount: number, currency: string, locale: string): string {
  const key = `${locale}|${currency}`
  if (!moneyFormats.has(key)) {
    try {
      moneyFormats.set(key, new Intl.NumberFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', { style: 'currency', currency }))
    } catch {
      moneyFormats.set(key, null)
    }
  }
  const f = moneyFormats.get(key)
  return f ? f.format(amount) : `${currency} ${formatNumber(amount, locale)}`
}
