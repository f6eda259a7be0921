import type { Translator } from './errors'

/**
 * A number with its noun from counts.<kind>: "1 contact", "2 contacts", "2 个联系人". English
 * messages there are "singular | plural" (vue-i18n picks by `n`); Chinese has one form.
 * `shown` is the number as displayed (e.g. formatted with thousands separators).
 */
export function countOf(i18n: Translator, kind: string, n: number, shown: string = String(n)): string {
  return i18n.t(`counts.${kind}`, { n: shown }, n)
}

/**
 * The records that tie something down, as one phrase of the non-zero counts: "1 contact, 2
 * requirements", "1 个联系人、2 条需求". Kinds without a counts.<kind> message are left out.
 */
export function recordsPhrase(i18n: Translator, counts: Record<string, unknown>): string {
  return Object.entries(counts)
    .filter(([k, v]) => typeof v === 'number' && v > 0 && i18n.te(`counts.${k}`))
    .map(([k, v]) => countOf(i18n, k, v as number))
    .join(i18n.t('common.listSep'))
}
