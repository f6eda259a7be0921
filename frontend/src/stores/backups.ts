import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as System from '@/wailsjs/go/api/System'
import { EventsOn } from '@/wailsjs/runtime/runtime'
import { call } from './call'
import type { api, backend } from '@/wailsjs/go/models'

export type Backup = backend.Backup
export type Backups = backend.Backups
export type RecordCounts = backend.RecordCounts
export type DataCheck = api.DataCheck
export type SalvageReport = backend.SalvageReport
export type CompactSummary = backend.CompactSummary

// "Back up now" waits for the user in the save dialog before it copies: no short timeout.
const BACKUP_TIMEOUT_MS = 30 * 60_000

export const useBackupsStore = defineStore('backups', () => {
  const backups = ref<Backups | null>(null)

  async function load() {
    backups.value = await call(System.Backups())
  }

  /** Copies the data file to a file the user picks; null when the dialog was cancelled. */
  async function backupNow(onProgress?: (done: number, total: number) => void): Promise<Backup | null> {
    const off = onProgress ? EventsOn('backup:progress', (done: number, total: number) => onProgress(done, total)) : () => {}
    try {
      const b = await call(System.BackupNow(), BACKUP_TIMEOUT_MS)
      return b.path ? b : null
    } finally {
      off()
    }
  }

  async function openFolder() {
    await call(System.OpenBackupFolder())
  }

  /** Checks a backup before a restore: what it holds, or why it cannot be restored. */
  async function check(path: string): Promise<Backup> {
    return call(System.CheckBackup(path), BACKUP_TIMEOUT_MS)
  }

  /** Asks for a backup file in the open dialog and checks it; null when the dialog was cancelled. */
  async function choose(): Promise<Backup | null> {
    const b = await call(System.ChooseBackup(), BACKUP_TIMEOUT_MS)
    return b.path ? b : null
  }

  /** Puts the backup in place of the data file (the current one is kept in the backups folder). */
  async function restore(path: string) {
    await call(System.Restore(path), BACKUP_TIMEOUT_MS)
  }

  /** Replaces the data file with a copy without its free space (the current one is kept). */
  async function compact(): Promise<CompactSummary> {
    return call(System.CompactDataFile(), BACKUP_TIMEOUT_MS)
  }

  /** The full check of the data file, telling each step (1..steps) as it starts. */
  async function checkDataFile(onStep?: (step: number, steps: number) => void): Promise<DataCheck> {
    const off = onStep ? EventsOn('datacheck:progress', (step: number, steps: number) => onStep(step, steps)) : () => {}
    try {
      return await call(System.CheckDataFile(), BACKUP_TIMEOUT_MS)
    } finally {
      off()
    }
  }

  /** Saves what still reads of the damaged data file into a new file in the backups folder. */
  async function salvage(): Promise<SalvageReport> {
    return call(System.Salvage(), BACKUP_TIMEOUT_MS)
  }

  return { backups, load, backupNow, openFolder, check, choose, restore, checkDataFile, salvage, compact }
})
