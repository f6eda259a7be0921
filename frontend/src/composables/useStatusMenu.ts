import { computed, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { DropdownOption } from 'naive-ui'
import { useErrorToast } from './useFieldErrors'
import { useRequirementsStore } from '@/stores/requirements'

/** Where an item may move and how each place is named: a requirement's workflow by default. */
export interface MoveChoices {
  load: (status: string) => Promise<unknown>
  next: (status: string) => string[] | undefined
  label: (status: string) => string
}

/**
 * The one status menu of a list of items (the requirement board, a customer's requirements, the
 * deal pipeline), opened under the button of the item it moves: a dropdown per row is a component
 * per row. `open` goes on each item's button; `dropdown` is bound to one <n-dropdown
 * trigger="manual">. Its options, the statuses the item may go to, have the test ids
 * `${testid}-${status}`.
 */
export function useStatusMenu<T>(statusOf: (item: T) => string, testid: string, move: (item: T, to: string) => void, choices?: MoveChoices) {
  const { t } = useI18n()
  const requirements = useRequirementsStore()
  const where: MoveChoices = choices ?? {
    load: (s) => requirements.nextStatuses(s),
    next: (s) => requirements.next[s],
    label: (s) => t(`reqStatuses.${s}`),
  }
  const toastError = useErrorToast()
  const place = ref({ show: false, x: 0, y: 0 })
  const item = shallowRef<T | null>(null)

  async function open(it: T, e: MouseEvent) {
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect()
    item.value = it
    try {
      await where.load(statusOf(it))
    } catch (err) {
      toastError(err)
      return
    }
    place.value = { show: true, x: box.left, y: box.bottom }
  }

  const dropdown = computed(() => ({
    ...place.value,
    options: (item.value ? (where.next(statusOf(item.value)) ?? []) : []).map((s) => ({
      key: s,
      label: where.label(s),
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
