import { EventsOn } from '@/wailsjs/runtime/runtime'
import type { ListFormat, ListLabels } from '@/lib/listLabels'
import type { api } from '@/wailsjs/go/models'
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

/** Saves a whole list as its query filters and sorts it, as CSV or Excel, through the bound
 * resource's Export; an empty path when the save dialog was cancelled. */
export function exportList<Q>(
  run: (q: Q, req: api.ListExport) => Promise<api.ListExportResult>,
  q: Q,
  format: ListFormat,
  labels: ListLabels,
): Promise<api.ListExportResult> {
  return call(run(q, { format, labels } as unknown as api.ListExport), LONG_CALL_TIMEOUT_MS)
}
