import { normalizeError, type AppError } from '@/lib/errors'

/** How long a bound call may take before the user is told it got no answer. Wails drops the reply
 * of a call whose arguments Go cannot decode, which would otherwise leave a spinner forever. */
export const CALL_TIMEOUT_MS = 60_000

// Every bound call goes through here so components only ever see a normalized AppError,
// whatever shape the Wails transport used for the rejection.
export async function call<T>(p: Promise<T>, timeoutMs = CALL_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const noAnswer = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(noAnswerError()), timeoutMs)
  })
  try {
    return await Promise.race([p, noAnswer])
  } catch (e) {
    throw normalizeError(e)
  } finally {
    clearTimeout(timer)
  }
}

function noAnswerError(): AppError {
  return { code: 'internal', reason: 'no_answer', message: 'VendorDesk did not answer in time.', field: '', params: {} }
}
