import { defineStore } from 'pinia'
import * as System from '@/wailsjs/go/api/System'
import { call } from './call'
import { LONG_CALL_TIMEOUT_MS, withProgress } from './longCall'
import type { backend } from '@/wailsjs/go/models'

export type ExportSummary = backend.ExportSummary

// The whole-database export (one JSON file) and its import into a new data file.
export const useExchangeStore = defineStore('exchange', () => {
  /** Writes every record and event to a file the user picks; null when the dialog was cancelled. */
  async function exportAll(onProgress?: (done: number, total: number) => void): Promise<ExportSummary | null> {
    const s = await withProgress('export:progress', () => System.ExportData(), onProgress)
    return s.path ? s : null
  }

  /** Asks for an export and says what it holds; null when the dialog was cancelled. */
  async function choose(): Promise<ExportSummary | null> {
    const s = await call(System.ChooseExport(), LONG_CALL_TIMEOUT_MS)
    return s.path ? s : null
  }

  /** Builds a new data file from the export and puts it in place (the current one is kept). */
  async function importFrom(path: string, onProgress?: (done: number, total: number) => void): Promise<ExportSummary> {
    return withProgress('import:progress', () => System.ImportData(path), onProgress)
  }

  return { exportAll, choose, importFrom }
})
