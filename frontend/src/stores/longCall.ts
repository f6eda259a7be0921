import { EventsOn } from '@/wailsjs/runtime/runtime'
import { call } from './call'

// An export or an import of a large file, or a dialog the user leaves open, takes a while.
export const LONG_CALL_TIMEOUT_MS = 30 * 60_000

/** Runs a long call with its progress events (done, in all) told to onProgress. */
export async function withProgress<T>(event: string, p: () => Promise<T>, onProgress?: (done: number, total: number) => void): Promise<T> {
  const off = onProgress ? EventsOn(event, (done: number, total: number) => onProgress(done, total)) : () => {}
  try {
    return await call(p(), LONG_CALL_TIMEOUT_MS)
  } finally {
    off()
  }
}
