import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

// Rules that keep the app safe and layered, checked over the source so a slip fails the build.
const root = join(__dirname)
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    if (statSync(p).isDirectory()) return f === 'wailsjs' ? [] : files(p)
    return /\.(vue|ts)$/.test(f) && !f.endsWith('.test.ts') ? [p] : []
  })
}
const sources = files(root).map((p) => ({ path: relative(root, p), text: readFileSync(p, 'utf8') }))

describe('source rules', () => {
  it('uses v-html only in MarkdownView', () => {
    const users = sources.filter((s) => /v-html|innerHTML/.test(s.text)).map((s) => s.path)
    expect(users).toEqual(['components/common/MarkdownView.vue'])
  })

  it('imports the Wails bindings only from stores', () => {
    const importers = sources.filter((s) => /from ['"]@\/wailsjs|wailsjs\//.test(s.text)).map((s) => s.path)
    expect(importers.filter((p) => !p.startsWith('stores/'))).toEqual([])
  })

  it('formats record numbers (C-0001, T-0042) only in lib/refs.ts', () => {
    const users = sources.filter((s) => /padStart\(4/.test(s.text)).map((s) => s.path)
    expect(users).toEqual(['lib/refs.ts'])
  })

  it('keeps the enums of the Go domain in lib/enums.ts (backend/enums_frontend_test.go checks their values)', () => {
    const enumLists = sources.filter((s) => /export const [A-Z_]+ = \[\s*'[a-z0-9_]+'[^\]]*\] as const/.test(s.text)).map((s) => s.path)
    expect(enumLists.filter((p) => p !== 'lib/enums.ts')).toEqual([])
  })

  it("names each record type of the Go API once, in its kind's store (no shared types file)", () => {
    const where = new Map<string, string[]>()
    for (const s of sources) {
      for (const m of s.text.matchAll(/export type \w+ = (?:backend|api)\.(\w+)/g)) where.set(m[1], [...(where.get(m[1]) ?? []), s.path])
    }
    const twice = [...where].filter(([, paths]) => paths.length > 1).map(([type, paths]) => `${type}: ${paths.join(', ')}`)
    expect(twice).toEqual([])
    expect(sources.map((s) => s.path).filter((p) => /^stores\/(types|models)\.ts$/.test(p))).toEqual([])
  })

  it('keeps components small', () => {
    const big = sources.filter((s) => s.path.endsWith('.vue') && s.text.split('\n').length > 250).map((s) => s.path)
    expect(big).toEqual([])
  })
})
