import { h } from 'vue'
import { useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { useDialog, useMessage } from 'naive-ui'
import { useCustomersStore, type Customer, type LinkedCounts } from '@/stores/customers'
import { useSystemStore } from '@/stores/system'
import { recordsPhrase } from '@/lib/counts'
import { useErrorToast } from './useFieldErrors'

// Deleting a customer: the backend refuses one with contacts or communications (nothing is
// cascaded away silently), so ask Linked first and offer Archive in that case.
export function useDeleteCustomer(onArchived: (c: Customer) => void) {
  const i18n = useI18n()
  const { t } = i18n
  const dialog = useDialog()
  const message = useMessage()
  const router = useRouter()
  const store = useCustomersStore()
  const system = useSystemStore()
  const toastError = useErrorToast()

  async function archive(c: Customer) {
    try {
      onArchived(await store.setArchived(c.id, true))
      message.success(t('customers.archivedNow'))
    } catch (e) {
      toastError(e)
    }
  }

  async function remove(c: Customer) {
    try {
      await store.remove(c.id)
      message.success(t('common.deleted'))
      system.loadInfo().catch(() => {})
      router.push({ name: 'customers' })
    } catch (e) {
      toastError(e)
    }
  }

  function linkedBody(name: string, linked: LinkedCounts) {
    return t('customers.linkedBody', { name, records: recordsPhrase(i18n, { ...linked }) })
  }

  return async function confirmDelete(c: Customer) {
    let linked
    try {
      linked = await store.linked(c.id)
    } catch (e) {
      return toastError(e)
    }
    if (linked.contacts + linked.interactions + linked.requirements > 0) {
      dialog.warning({
        title: t('customers.linkedTitle'),
        content: () => h('div', { 'data-testid': 'linked-warning' }, linkedBody(c.name, linked)),
        positiveText: c.archived ? undefined : t('customers.archiveInstead'),
        negativeText: t('common.cancel'),
        positiveButtonProps: { 'data-testid': 'confirm-archive' } as never,
        onPositiveClick: () => archive(c),
      })
      return
    }
    dialog.error({
      title: t('customers.deleteTitle'),
      content: () => h('div', { 'data-testid': 'delete-warning' }, t('customers.deleteConfirm', { name: c.name })),
      positiveText: t('common.delete'),
      negativeText: t('common.cancel'),
      positiveButtonProps: { 'data-testid': 'confirm-delete' } as never,
      onPositiveClick: () => remove(c),
    })
  }
}
