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

  it('keeps components small', () => {
    const big = sources.filter((s) => s.path.endsWith('.vue') && s.text.split('\n').length > 250).map((s) => s.path)
    expect(big).toEqual([])
  })
})
