import { computed, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { DropdownOption } from 'naive-ui'
import { useErrorToast } from './useFieldErrors'
import { useRequirementsStore } from '@/stores/requirements'

/**
 * The one status menu of a list of requirements (the board, a customer's table), opened under the
 * button of the item it moves: a dropdown per row is a component per row. `open` goes on each
 * item's button; `dropdown` is bound to one <n-dropdown trigger="manual">. Its options, the
 * statuses the workflow allows from the item's, have the test ids `${testid}-${status}`.
 */
export function useStatusMenu<T>(statusOf: (item: T) => string, testid: string, move: (item: T, to: string) => void) {
  const { t } = useI18n()
  const requirements = useRequirementsStore()
  const toastError = useErrorToast()
  const place = ref({ show: false, x: 0, y: 0 })
  const item = shallowRef<T | null>(null)

  async function open(it: T, e: MouseEvent) {
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect()
    item.value = it
    try {
      await requirements.nextStatuses(statusOf(it))
    } catch (err) {
      toastError(err)
      return
    }
    place.value = { show: true, x: box.left, y: box.bottom }
  }

  const dropdown = computed(() => ({
    ...place.value,
    options: (item.value ? (requirements.next[statusOf(item.value)] ?? []) : []).map((s) => ({
      key: s,
      label: t(`reqStatuses.${s}`),
      props: { 'data-testid': `${testid}-${s}` } as DropdownOption['props'],
    })) as DropdownOption[],
    onSelect: (to: string | number) => {
      place.value.show = false
      if (item.value) move(item.value, String(to))
    },
    onClickoutside: () => (place.value.show = false),
    onUpdateShow: (show: boolean) => !show && (place.value.show = false), // Esc
  }))
  return { open, dropdown }
}
