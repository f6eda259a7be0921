import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { HistoryWords } from '@/lib/historyText'
import { useSystemStore } from '@/stores/system'

/** The words lib/historyText.ts needs, in the user's language: for every view of change events. */
export function useHistoryWords() {
  const { t, te } = useI18n()
  const system = useSystemStore()
  return computed<HistoryWords>(() => ({
    t: (k, p, n) => (n === undefined ? t(k, p ?? {}) : t(k, p ?? {}, n)),
    te: (k) => te(k),
    locale: system.locale,
    currency: system.settings.currency,
  }))
}
