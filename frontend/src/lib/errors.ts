// Bound Go calls reject with the ErrorFormatter's {code, message, field, reason, params}. The Go
// side sends it as JSON text (Wails' runtime rejects with `new Error(value)`, which keeps a string
// intact but turns an object into "[object Object]"), so it arrives as that text or wrapped in an
// Error; tests and other callers may pass the object itself, and a bug in our own code rejects
// with a plain Error. normalizeError turns all of them into one shape.

import { countOf, recordsPhrase } from './counts'

export type ErrorCode = 'invalid' | 'not_found' | 'conflict' | 'internal'

export interface AppError {
  code: ErrorCode | string
  message: string
  field: string
  reason: string
  params: Record<string, unknown>
}

function fromObject(o: Record<string, unknown>): AppError | null {
  if (typeof o.code !== 'string' && typeof o.message !== 'string') return null
  const params = o.params && typeof o.params === 'object' ? (o.params as Record<string, unknown>) : {}
  return {
    code: typeof o.code === 'string' && o.code ? o.code : 'internal',
    message: typeof o.message === 'string' ? o.message : '',
    field: typeof o.field === 'string' ? o.field : '',
    reason: typeof o.reason === 'string' ? o.reason : '',
    params,
  }
}

/** A refusal made in the frontend, worded like the backend's (errors.<reason> in the user's
 * language): for typed text that cannot even be sent, such as an amount that is not a number. */
export function invalid(field: string, reason: string, params: Record<string, unknown> = {}): AppError {
  return { code: 'invalid', message: '', field, reason, params }
}

export function normalizeError(e: unknown): AppError {
  if (typeof e === 'string') {
    const s = e.trim()
    if (s.startsWith('{')) {
      try {
        const parsed = fromObject(JSON.parse(s))
        if (parsed) return parsed
      } catch {
        // not JSON after all: fall through and show the text as it is
      }
    }
    return { code: 'internal', message: e, field: '', reason: '', params: {} }
  }
  if (e instanceof Error) {
    // The backend's JSON error text, wrapped in an Error by Wails' runtime.
    if (e.message.trim().startsWith('{')) return normalizeError(e.message)
    return { code: 'internal', message: e.message, field: '', reason: '', params: {} }
  }
  if (e && typeof e === 'object') {
    const parsed = fromObject(e as Record<string, unknown>)
    if (parsed) return parsed
  }
  return { code: 'internal', message: String(e), field: '', reason: '', params: {} }
}

/** The parts of vue-i18n the mapping needs; passing them in keeps this module free of app state. */
export interface Translator {
  /** `plural` picks the form of a "singular | plural" message. */
  t: (key: string, params?: Record<string, unknown>, plural?: number) => string
  te: (key: string) => boolean
}

const STATUS_SECTION: Record<string, string> = {
  release_transition: 'relStatuses',
  deployment_transition: 'depStatuses',
  required_for_status: 'depStatuses',
  ticket_transition: 'ticketStatuses',
}

/** "R-0002（开发中）、R-0005（草稿）": records listed with their translated requirement status
 * (release_not_ready sends them as items; its `refs` is the English text, kept as the fallback). */
function refsWithStatus(items: unknown, i18n: Translator): string | null {
  if (!Array.isArray(items) || items.length === 0) return null
  return items
    .map((it: { ref?: unknown; status?: unknown }) => {
      const status = typeof it.status === 'string' && i18n.te(`reqStatuses.${it.status}`) ? i18n.t(`reqStatuses.${it.status}`) : String(it.status ?? '')
      return i18n.t('errors.refStatus', { ref: String(it.ref ?? ''), status })
    })
    .join(i18n.t('common.listSep'))
}

/** The error in the user's language, without the field name (for display under the field). */
export function errorMessage(err: AppError, i18n: Translator): string {
  const key = err.reason ? `errors.${err.reason}` : ''
  if (!key || !i18n.te(key)) {
    // Unknown reason: the backend's English sentence is better than nothing.
    if (err.message) return err.message
    return i18n.t(`errors.${err.code}`)
  }
  const params: Record<string, unknown> = { ...err.params }
  if (typeof params.kind === 'string' && i18n.te(`kinds.${params.kind}`)) params.kind = i18n.t(`kinds.${params.kind}`)
  // Why a backup cannot be restored: a data-file problem kind, worded about that file.
  if (typeof params.why === 'string' && i18n.te(`backups.why.${params.why}`)) params.why = i18n.t(`backups.why.${params.why}`, err.params)
  // A refused move names the statuses (transition: from, to; requirement_in_use: status): of a
  // release for release_transition, of a deployment for deployment_transition, of a requirement
  // otherwise.
  const statuses = STATUS_SECTION[err.reason] ?? 'reqStatuses'
  for (const k of ['from', 'to', 'status']) {
    const v = params[k]
    if (typeof v === 'string' && i18n.te(`${statuses}.${v}`)) params[k] = i18n.t(`${statuses}.${v}`)
  }
  const refs = refsWithStatus(params.items, i18n)
  if (refs) params.refs = refs
  // A gate's lists (lib/gates.ts): failed tests as "R-0002 (unit, system)" per requirement, and
  // any list of texts (the open checklist items) joined the way the language joins a list.
  const sep = i18n.t('common.listSep')
  if (Array.isArray(params.failed)) {
    params.failed = (params.failed as { ref: string; tests: string[] }[])
      .map((f) => i18n.t('errors.failedTestsOf', { ref: f.ref, tests: (f.tests ?? []).map((l) => i18n.t(`testLevels.${l}`)).join(sep) }))
      .join(sep)
  }
  for (const [k, v] of Object.entries(params)) if (Array.isArray(v) && v.every((x) => typeof x === 'string')) params[k] = v.join(sep)
  // Counted records read "1 contact", "2 contacts"; {records} lists the non-zero ones together
  // (customer_has_records: "1 contact, 2 requirements").
  params.records = recordsPhrase(i18n, err.params)
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'number' && i18n.te(`counts.${k}`)) params[k] = countOf(i18n, k, v)
  }
  // An internal error's detail: the backend's own (its message is already a whole sentence).
  if (err.reason === 'internal') params.detail = typeof err.params.detail === 'string' ? err.params.detail : err.message
  return i18n.t(key, params)
}

/** The field's label in the user's language, or '' when the error is not about one field. */
export function fieldLabel(err: AppError, i18n: Translator): string {
  if (!err.field) return ''
  const key = `fields.${err.field}`
  return i18n.te(key) ? i18n.t(key) : err.field
}

/** A whole sentence for a toast: "Name: This field is required." */
export function errorSentence(err: AppError, i18n: Translator): string {
  const label = fieldLabel(err, i18n)
  const msg = errorMessage(err, i18n)
  return label ? i18n.t('errors.withField', { field: label, message: msg }) : msg
}
