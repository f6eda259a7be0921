import { createI18n } from 'vue-i18n'
import en from './langs/en.json'
import zhCN from './langs/zh-CN.json'

export type Locale = 'zh-CN' | 'en'

/** "auto" follows the OS language as the webview reports it. */
export function resolveLocale(setting: string, navigatorLanguage = typeof navigator !== 'undefined' ? navigator.language : 'en'): Locale {
  if (setting === 'zh-CN' || setting === 'en') return setting
  return navigatorLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

export function makeI18n(locale: Locale = resolveLocale('auto')) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { en, 'zh-CN': zhCN },
    missingWarn: false,
    fallbackWarn: false,
  })
}

export const i18n = makeI18n()
