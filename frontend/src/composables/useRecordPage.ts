import { ref } from 'vue'
import type { AppError } from '@/lib/errors'
import { useErrorToast } from './useFieldErrors'

/**
 * Loading the record a page shows: load() runs open; a record that does not exist (deleted, or a
 * stale link) sets missing, for the page's "not found", and any other failure is a toast.
 */
export function useRecordPage(open: () => Promise<unknown>) {
  const toastError = useErrorToast()
  const missing = ref(false)
  async function load() {
    try {
      await open()
      missing.value = false
    } catch (e) {
      if ((e as AppError).code === 'not_found') missing.value = true
      else toastError(e)
    }
  }
  return { missing, load }
}
