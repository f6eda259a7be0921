import { watch, type Ref } from 'vue'
import { useRecentStore, type RecentItem } from '@/stores/recent'

/**
 * A record page tells the recent list what it shows (item, once loaded), and that a record it
 * was asked for does not exist (missing: a deleted one, or one of another data file).
 */
export function useRecentVisit(id: () => string, item: () => RecentItem | null, missing: Ref<boolean>) {
  const recent = useRecentStore()
  watch(item, (it) => it && recent.visit(it), { immediate: true })
  watch(missing, (gone) => gone && recent.forget(id()))
}
