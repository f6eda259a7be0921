import { h } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDialog } from 'naive-ui'
import { useErrorToast } from './useFieldErrors'

// A yes/no question before destroying a record; resolves true when the user confirms.
export function useConfirm() {
  const { t } = useI18n()
  const dialog = useDialog()
  return (title: string, body: string) =>
    new Promise<boolean>((resolve) => {
      dialog.warning({
        title,
        content: () => h('div', { 'data-testid': 'confirm-body' }, body),
        positiveText: t('common.delete'),
        negativeText: t('common.cancel'),
        positiveButtonProps: { 'data-testid': 'confirm-delete' } as never,
        onPositiveClick: () => resolve(true),
        onNegativeClick: () => resolve(false),
        onClose: () => resolve(false),
        onMaskClick: () => resolve(false),
        onEsc: () => resolve(false),
      })
    })
}

/**
 * Deleting after a yes: asks, runs remove, and shows a refusal (a contract with tickets, a cited
 * competitor) as a toast. Resolves true when the record was deleted.
 */
export function useConfirmedDelete() {
  const confirm = useConfirm()
  const toastError = useErrorToast()
  return async (title: string, body: string, remove: () => Promise<unknown>) => {
    if (!(await confirm(title, body))) return false
    try {
      await remove()
      return true
    } catch (e) {
      toastError(e)
      return false
    }
  }
}
