// Gates: steps the backend refuses without the user's reason (backend/gates.go), such as
// releasing work whose tests failed or marking a deployment deployed with checklist items open.
// Every gate refuses on field "reason" with params.gate = true, so one helper serves them all:
// try, and when a gate refuses, ask the user why and try again with the answer.
import { normalizeError, type AppError } from './errors'

/** Asks the user why, worded from the gate's refusal; null or '' means they cancelled. */
export type AskGate = (refusal: AppError) => Promise<string | null>

export function isGate(err: AppError): boolean {
  return err.code === 'invalid' && err.field === 'reason' && err.params.gate === true
}

/**
 * Runs attempt with reason (usually none). When a gate refuses it and the user was not asked yet,
 * asks and runs it again with the answer; a cancelled question resolves undefined. Other
 * refusals, and a gate with nobody to ask, are thrown as they are.
 */
export async function withReason<T>(attempt: (reason: string) => Promise<T>, ask?: AskGate, reason = ''): Promise<T | undefined> {
  try {
    return await attempt(reason)
  } catch (e) {
    const err = normalizeError(e)
    if (reason || !ask || !isGate(err)) throw err
    const answer = await ask(err)
    if (!answer) return undefined
    return attempt(answer)
  }
}
