import type { Translator } from './errors'

/**
 * A number with its noun from counts.<kind>: "1 contact", "2 contacts", "2 个联系人". English
 * messages there are "singular | plural" (vue-i18n picks by `n`); Chinese has one form.
 * `shown` is the number as displayed (e.g. formatted with thousands separators).
 */
export function countOf(i18n: Translator, kind: string, n: number, shown: string = String(n)): string {
  return i18n.t(`counts.${kind}`, { n: shown }, n)
}
