import { normalizeError } from '@/lib/errors'

// Every bound call goes through here so components only ever see a normalized AppError,
// whatever shape the Wails transport used for the rejection.
export async function call<T>(p: Promise<T>): Promise<T> {
  try {
    return await p
  } catch (e) {
    throw normalizeError(e)
  }
}
