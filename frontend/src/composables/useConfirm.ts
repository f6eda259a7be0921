import { h } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDialog, useMessage } from 'naive-ui'
import { useErrorToast } from './useFieldErrors'

/** A yes/no question's wording: its title and body, and the two answers. */
export interface Question {
  title: string
  body: string
  yes: string
  no: string
  testid: string // the body is `${testid}-body`, the answers `${testid}-yes` and `${testid}-no`
  yesTestid?: string
  kind?: 'warning' | 'info'
}

// A yes/no question; resolves true on yes, false on no or when closed any other way.
export function useQuestion() {
  const dialog = useDialog()
  return (q: Question) =>
    new Promise<boolean>((resolve) => {
      dialog[q.kind ?? 'warning']({
        title: q.title,
        content: () => h('div', { 'data-testid': `${q.testid}-body` }, q.body),
        positiveText: q.yes,
        negativeText: q.no,
        positiveButtonProps: { 'data-testid': q.yesTestid ?? `${q.testid}-yes` } as never,
        negativeButtonProps: { 'data-testid': `${q.testid}-no` } as never,
        onPositiveClick: () => resolve(true),
        onNegativeClick: () => resolve(false),
        onClose: () => resolve(false),
        onMaskClick: () => resolve(false),
        onEsc: () => resolve(false),
      })
    })
}

// A yes/no question before destroying a record; resolves true when the user confirms.
export function useConfirm() {
  const { t } = useI18n()
  const ask = useQuestion()
  return (title: string, body: string) => ask({ title, body, yes: t('common.delete'), no: t('common.cancel'), testid: 'confirm', yesTestid: 'confirm-delete' })
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

/**
 * Deleting the record a form shows, worded from its section of the messages (`${section}.deleteTitle`,
 * `.confirmDelete` with the title, `.deleted`): asks, removes, says so. Resolves true when deleted.
 */
export function useRecordDelete(section: string) {
  const { t } = useI18n()
  const message = useMessage()
  const confirmedDelete = useConfirmedDelete()
  return async (ref: string, title: string, remove: () => Promise<unknown>) => {
    if (!(await confirmedDelete(t(`${section}.deleteTitle`, { ref }), t(`${section}.confirmDelete`, { title }), remove))) return false
    message.success(t(`${section}.deleted`, { ref }))
    return true
  }
}
