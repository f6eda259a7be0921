import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as Baselines from '@/wailsjs/go/api/Baselines'
import * as Documents from '@/wailsjs/go/api/Documents'
import { EventsOn } from '@/wailsjs/runtime/runtime'
import { call } from './call'
import type { backend } from '@/wailsjs/go/models'

export type Confirmation = backend.Confirmation
export type Baseline = backend.Baseline
export type BaselineInfo = backend.BaselineInfo
export type BaselineItem = backend.BaselineItem
export type Comparison = backend.Comparison
export type DiffOp = backend.DiffOp
export type FieldChange = backend.FieldChange

/** What the export dialog asks for: whose document, which version ('' = the current set), in
 * which language and format. */
export interface ExportRequest {
  customerId: string
  baselineId: string
  lang: 'zh-CN' | 'en'
  format: 'docx' | 'html'
}

/** A customer's release note of one release. */
export interface LetterRequest {
  customerId: string
  releaseId: string
  lang: 'zh-CN' | 'en'
  format: 'docx' | 'html'
}

/** An export waits for the user in the save dialog: far longer than an ordinary call may take. */
export const EXPORT_TIMEOUT_MS = 60 * 60 * 1000

/** The confirmed baselines (需求确认) of the customer on screen, and the requirement document. */
export const useBaselinesStore = defineStore('baselines', () => {
  const customerId = ref('')
  const list = ref<BaselineInfo[]>([])
  const loading = ref(false)
  let seq = 0 // only the newest load's answer is shown (switching customers quickly)

  async function load(id: string) {
    if (id !== customerId.value) list.value = []
    customerId.value = id
    const mine = ++seq
    loading.value = true
    try {
      const got = (await call(Baselines.List(id))) ?? []
      if (mine === seq) list.value = got
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  /** Confirms the next baseline. It is saved once this resolves, even if the list's reload fails
   * (the list then shows it at the next load). */
  async function confirm(c: Confirmation): Promise<Baseline> {
    const saved = await call(Baselines.Confirm(c))
    await load(c.customerId).catch(() => {})
    return saved
  }

  function get(id: string): Promise<Baseline> {
    return call(Baselines.Get(id))
  }

  /** From baseline `from` to baseline `to`, or to the current set when `to` is ''. */
  function compare(from: string, to: string): Promise<Comparison> {
    return call(Baselines.Compare(from, to))
  }

  /**
   * Writes the requirement document where the user chooses (a save dialog). onProgress hears the
   * backend's progress events while a large document is written. Resolves the path written, or ''
   * when the user cancelled the dialog.
   */
  async function exportDocument(req: ExportRequest, onProgress?: (done: number, total: number) => void): Promise<string> {
    const off = onProgress ? EventsOn('document:progress', (done: number, total: number) => onProgress(done, total)) : () => {}
    try {
      const res = await call(Documents.Export(req as never), EXPORT_TIMEOUT_MS)
      return res.path
    } finally {
      off()
    }
  }

  /** Writes a customer's release note of a release (a save dialog); '' when cancelled. */
  async function exportLetter(req: LetterRequest): Promise<string> {
    const res = await call(Documents.ExportLetter(req as never), EXPORT_TIMEOUT_MS)
    return res.path
  }

  function showFile(path: string) {
    return call(Documents.ShowFile(path))
  }

  return { customerId, list, loading, load, confirm, get, compare, exportDocument, exportLetter, showFile }
})
