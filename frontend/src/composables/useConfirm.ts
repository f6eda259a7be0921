import { h } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDialog } from 'naive-ui'

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
