import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as System from '@/wailsjs/go/api/System'
import { EventsOn } from '@/wailsjs/runtime/runtime'
import { call } from './call'
import type { backend } from '@/wailsjs/go/models'

export type Backup = backend.Backup
export type Backups = backend.Backups
export type RecordCounts = backend.RecordCounts

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

  return { backups, load, backupNow, openFolder }
})
