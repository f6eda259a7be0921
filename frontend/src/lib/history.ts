// A change log entry says which fields of a record changed, old → new. Nested fields (a
// requirement's design and tests) arrive as whole objects; flattenChanges splits them into one
// change per leaf that differs ("tests.system.status": not_started → failed), so the History tab
// can show each in words instead of JSON.

export interface FieldChange {
  field: string
  old: unknown
  new: unknown
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)

export function flattenChanges(changes: readonly FieldChange[]): FieldChange[] {
  const out: FieldChange[] = []
  const walk = (field: string, a: unknown, b: unknown) => {
    if (isPlainObject(a) || isPlainObject(b)) {
      const x = isPlainObject(a) ? a : {}
      const y = isPlainObject(b) ? b : {}
      for (const k of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) walk(`${field}.${k}`, x[k], y[k])
    } else if (JSON.stringify(a ?? null) !== JSON.stringify(b ?? null)) {
      out.push({ field, old: a, new: b })
    }
  }
  for (const c of changes) walk(c.field, c.old, c.new)
  return out
}
