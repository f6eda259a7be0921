import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as Sheets from '@/wailsjs/go/api/Sheets'
import type { backend } from '@/wailsjs/go/models'
import { call } from './call'
import { SHEET_KINDS } from '@/lib/enums'
import { LONG_CALL_TIMEOUT_MS, withProgress } from './longCall'

export type SheetFile = backend.SheetFile
export type SheetPreview = backend.SheetPreview
export type SheetResult = backend.SheetImportResult
export type SheetSource = Pick<backend.SheetSource, 'kind' | 'path' | 'encoding' | 'separator' | 'sheet' | 'stamp'>
export type Duplicates = 'skip' | 'merge'
export { SHEET_KINDS } from '@/lib/enums'
export type SheetKind = (typeof SHEET_KINDS)[number]
export type RowProblem = backend.RowProblem

// What each kind needs mapped: a customer its name; records of customers their customer and
// title (a contract its signing day too); a contract's payments, invoices and licences their
// contract and what the contract's check needs.
const REQUIRED: Record<SheetKind, string[]> = {
  customers: ['name'],
  requirements: ['customer', 'title'],
  tickets: ['customer', 'title'],
  deals: ['customer', 'title'],
  sales_contracts: ['customer', 'title', 'signedOn'],
  payments: ['contract', 'date', 'amount'],
  invoices: ['contract', 'date', 'amount'],
  licences: ['contract', 'key', 'startsOn'],
}
const LEDGER_KINDS: readonly SheetKind[] = ['sales_contracts', 'payments', 'invoices', 'licences']

// A customer import from a spreadsheet, in the backend's three steps: the file read with a
// mapping to start from, every row checked (nothing written), then the valid rows stored.
export const useSheetImportStore = defineStore('sheetImport', () => {
  const kind = ref<SheetKind>('customers')
  const file = ref<SheetFile | null>(null)
  const columns = ref<string[]>([]) // the field each column fills, '' for none
  const choices = ref<Record<string, Record<string, string>>>({}) // field → cell → code
  const preview = ref<SheetPreview | null>(null)
  const duplicates = ref<Duplicates>('skip')
  const result = ref<SheetResult | null>(null)

  const source = computed<SheetSource | null>(() =>
    file.value
      ? { kind: kind.value, path: file.value.path, encoding: file.value.encoding, separator: file.value.separator, sheet: file.value.sheet, stamp: file.value.stamp }
      : null,
  )
  const mapping = computed(() => ({ columns: columns.value, choices: choices.value }) as backend.SheetMapping)
  const request = () => ({ ...source.value, mapping: mapping.value, duplicates: duplicates.value }) as backend.SheetImportRequest

  function take(f: SheetFile) {
    file.value = f
    columns.value = [...f.mapping.columns]
    choices.value = structuredClone(f.mapping.choices ?? {})
    preview.value = null
    result.value = null
  }

  /** Asks for a file and reads it; false when the dialog was cancelled. */
  async function choose(): Promise<boolean> {
    const f = await call(Sheets.ChooseSheet(kind.value), LONG_CALL_TIMEOUT_MS)
    if (!f.path) return false
    take(f)
    return true
  }

  /** Reads the file again as the user says it is: another encoding, separator or sheet. */
  async function reread(change: Partial<SheetSource>) {
    if (!source.value) return
    // Read as the file is now (no stamp): the user is looking at it again.
    take(await call(Sheets.ReadSheet({ ...source.value, ...change, stamp: '' } as backend.SheetSource), LONG_CALL_TIMEOUT_MS))
  }

  /** Maps column i to field ('' leaves it out): a field fills one column, so another column
   * that filled it is left out; the choice columns' values are listed again. */
  let choicesSeq = 0
  async function mapColumn(i: number, field: string) {
    columns.value = columns.value.map((f, j) => (j === i ? field : f === field && field ? '' : f))
    preview.value = null
    if (!file.value || !source.value) return
    const mine = ++choicesSeq
    const choices = await call(Sheets.SheetChoices(source.value as backend.SheetSource, mapping.value), LONG_CALL_TIMEOUT_MS)
    if (mine === choicesSeq && file.value) file.value.choices = choices // only the answer to the newest mapping
  }

  function mapChoice(field: string, value: string, code: string) {
    choices.value = { ...choices.value, [field]: { ...choices.value[field], [value]: code } }
    preview.value = null
  }

  /** Checks every row under the mapping; nothing is written. */
  async function check() {
    preview.value = await call(Sheets.PreviewSheet(request()), LONG_CALL_TIMEOUT_MS)
  }

  /** Stores the valid rows, all of them or none. */
  async function run(onProgress?: (done: number, total: number) => void) {
    result.value = await withProgress('sheet-import:progress', () => Sheets.ImportSheet(request()), onProgress)
    return result.value
  }

  /** Starts again, for rows of kind k (the same kind when none is given). */
  /** A field's name in the mapping: a kind's own word where it has one (a ticket's channel is
   * how it came in, a customer's how it found the vendor). */
  function fieldLabel(t: (key: string) => string, te: (key: string) => boolean, field: string): string {
    const own = `sheetImport.kindFields.${kind.value}.${field}`
    return te(own) ? t(own) : t(`sheetImport.fields.${field}`)
  }

  /** The fields a column must fill before the rows can be checked. */
  const required = computed(() => REQUIRED[kind.value])

  /** Where the records of the kind are listed: the sales lists on the Sales page. */
  const listRoute = computed(() => {
    if (kind.value === 'deals') return { name: 'deals', query: { view: 'list' } }
    if (LEDGER_KINDS.includes(kind.value)) return { name: 'deals', query: { view: 'receivables' } }
    return { name: kind.value }
  })

  function reset(k?: SheetKind) {
    if (k) kind.value = k
    file.value = preview.value = result.value = null
    columns.value = []
    choices.value = {}
    duplicates.value = 'skip'
  }

  return { fieldLabel, required, listRoute, kind, file, columns, choices, preview, duplicates, result, choose, reread, mapColumn, mapChoice, check, run, reset }
})
