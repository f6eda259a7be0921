import { enUS, zhCN, type NLocale } from 'naive-ui'

// Naive's words for the app's language, without its prompt in every empty input ("Please Input",
// "请输入"): a field's label says what goes in it, and a placeholder a form gives still shows.
const withoutInputPrompt = (base: NLocale): NLocale => ({ ...base, Input: { ...base.Input, placeholder: '' } })
const locales = { en: withoutInputPrompt(enUS), zh: withoutInputPrompt(zhCN) }

/** Naive UI's locale for the interface language ("zh-CN" or "en"). */
export const naiveLocale = (language: string): NLocale => (language === 'zh-CN' ? locales.zh : locales.en)
