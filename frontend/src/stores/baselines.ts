import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as Baselines from '@/wailsjs/go/api/Baselines'
import * as Documents from '@/wailsjs/go/api/Documents'
import { EventsOn } from '@/wailsjs/runtime/runtime'
import { call } from './call'
import type { Baseline, BaselineInfo, Comparison, Confirmation } from './types'

/** What the export dialog asks for: whose document, which version ('' = the current set), in
 * which language and format. */
export interface ExportRequest {
  customerId: string
  baselineId: string
  lang: 'zh-CN' | 'en'
  format: 'docx' | 'html'
}

/** The confirmed baselines (需求确认) of the customer on screen, and the requirement document. */
export const useBaselinesStore = defineStore('baselines', () => {
  const customerId = ref('')
  const list = ref<BaselineInfo[]>([])
  const loading = ref(false)

  async function load(id: string) {
    if (id !== customerId.value) list.value = []
    customerId.value = id
    loading.value = true
    try {
      list.value = (await call(Baselines.List(id))) ?? []
    } finally {
      loading.value = false
    }
  }

  async function confirm(c: Confirmation): Promise<Baseline> {
    const saved = await call(Baselines.Confirm(c))
    await load(c.customerId)
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
      const res = await call(Documents.Export(req as never))
      return res.path
    } finally {
      off()
    }
  }

  function showFile(path: string) {
    return call(Documents.ShowFile(path))
  }

  return { customerId, list, loading, load, confirm, get, compare, exportDocument, showFile }
})
