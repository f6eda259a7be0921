import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { errorMessage, type AppError } from '@/lib/errors'

/** What ReasonDialog shows: its title, the question, the button, and whether an empty answer will do. */
export interface ReasonPrompt {
  title?: string
  hint?: string
  okText?: string
  optional?: boolean
}

/**
 * One ReasonDialog's state for a component that asks why: bind `show`, `prompt` and `answer` to
 * the dialog; ask() opens it and resolves with the answer (null when cancelled). askGate() asks
 * about a gate's refusal (lib/gates.ts), whose message in the user's language is the question.
 */
export function useReasonPrompt() {
  const i18n = useI18n()
  const show = ref(false)
  const prompt = ref<ReasonPrompt>({})
  let resolve: (r: string | null) => void = () => {}

  function ask(p: ReasonPrompt): Promise<string | null> {
    resolve(null) // a question left open is answered "cancel"
    prompt.value = p
    show.value = true
    return new Promise((r) => (resolve = r))
  }
  const askGate = (refusal: AppError, p: ReasonPrompt = {}) => ask({ ...p, hint: errorMessage(refusal, i18n) })
  function answer(r: string | null) {
    resolve(r)
    resolve = () => {}
  }
  return { show, prompt, ask, askGate, answer }
}
