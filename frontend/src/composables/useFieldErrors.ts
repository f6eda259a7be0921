import { reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useMessage } from 'naive-ui'
import { errorMessage, errorSentence, normalizeError, type AppError } from '@/lib/errors'

// A form's backend errors: an error about one of the form's fields goes under that field, any
// other one into a toast. The AppError is kept (not its text) so a language switch re-renders it.
export function useFieldErrors(fields: readonly string[]) {
  const i18n = useI18n()
  const message = useMessage()
  const errors = reactive<Record<string, AppError | undefined>>({})

  function clear() {
    for (const k of Object.keys(errors)) delete errors[k]
  }

  function show(e: unknown) {
    clear()
    const err = normalizeError(e)
    if (err.field && fields.includes(err.field)) errors[err.field] = err
    else message.error(errorSentence(err, i18n))
  }

  function text(field: string): string {
    const err = errors[field]
    return err ? errorMessage(err, i18n) : ''
  }

  // submit runs one save: saving is true meanwhile (for the button's spinner); a refusal is shown
  // and the result is undefined, so the form stays open with what the user typed.
  const saving = ref(false)
  async function submit<T>(action: () => Promise<T>): Promise<T | undefined> {
    saving.value = true
    try {
      const result = await action()
      clear()
      return result
    } catch (e) {
      show(e)
      return undefined
    } finally {
      saving.value = false
    }
  }

  return { errors, clear, show, text, saving, submit }
}

/** For non-form actions (delete, archive, load sample): the error as a toast. */
export function useErrorToast() {
  const i18n = useI18n()
  const message = useMessage()
  return (e: unknown) => message.error(errorSentence(normalizeError(e), i18n))
}
