import { useI18n } from 'vue-i18n'
import { useMessage } from 'naive-ui'
import { recordsPhrase } from '@/lib/counts'
import { formatBytes, formatDateTime } from '@/lib/format'
import { useBackupsStore, type Backup } from '@/stores/backups'
import { useSystemStore } from '@/stores/system'
import { useQuestion } from './useConfirm'
import { useErrorToast } from './useFieldErrors'
import { useRecentStore } from '@/stores/recent'

/** How a backup is described in lists and questions: its size and what it holds. */
export function useBackupWords() {
  const i18n = useI18n()
  const system = useSystemStore()
  const size = (b: Backup) => formatBytes(b.sizeBytes, system.locale)
  const holds = (b: Backup) =>
    b.hasCounts ? recordsPhrase(i18n, b.counts as never) || i18n.t('backups.noRecords') : i18n.t('backups.countsUnknown')
  const when = (b: Backup) => formatDateTime(b.at, system.locale)
  return { size, holds, when }
}

/**
 * A restore, from Settings or from the problem page: the backend checks the file first, the user
 * confirms what it holds, the data file is replaced and reopened, and the page reloads so every
 * screen shows the restored data. Refusals (not a backup, damaged, newer) are toasts.
 */
export function useRestore() {
  const { t } = useI18n()
  const store = useBackupsStore()
  const recent = useRecentStore()
  const ask = useQuestion()
  const toastError = useErrorToast()
  const message = useMessage()
  const words = useBackupWords()

  async function confirmAndRestore(b: Backup) {
    const yes = await ask({
      title: t('backups.restoreTitle'),
      body: t('backups.restoreBody', { when: words.when(b), size: words.size(b), holds: words.holds(b) }),
      yes: t('backups.restoreYes'),
      no: t('common.cancel'),
      testid: 'restore',
    })
    if (!yes) return
    // A large file takes seconds to keep and to copy: say so until the page reloads.
    const working = message.loading(t('backups.restoring'), { duration: 0 })
    try {
      await store.restore(b.path)
    } finally {
      working.destroy()
    }
    recent.clear() // the records opened lately were the replaced file's
    window.location.reload()
  }

  /** Restores the backup at path (one of the listed ones) after a check and a yes. */
  async function restoreFrom(path: string) {
    try {
      await confirmAndRestore(await store.check(path))
    } catch (e) {
      toastError(e)
    }
  }

  /** Restores a file the user picks in the open dialog, after a check and a yes. */
  async function chooseAndRestore() {
    try {
      const b = await store.choose()
      if (b) await confirmAndRestore(b)
    } catch (e) {
      toastError(e)
    }
  }

  return { restoreFrom, chooseAndRestore }
}
