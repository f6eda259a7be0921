import { fileURLToPath, URL } from 'node:url'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

const outDir = fileURLToPath(new URL('./dist', import.meta.url))

// The Go binary embeds frontend/dist; git keeps the folder alive through dist/.gitkeep, which
// emptyOutDir would delete. Recreate it after every build so `go vet` never sees an empty dir.
const keepGitkeep = {
  name: 'vendordesk-keep-gitkeep',
  apply: 'build' as const,
  closeBundle() {
    writeFileSync(resolve(outDir, '.gitkeep'), '')
  },
}

// Test files that mock modules (vi.mock) run each in a fresh module graph; the others share one
// (isolate: false), which spares each the second or two of loading Vue, Naive UI and happy-dom.
const srcDir = fileURLToPath(new URL('./src', import.meta.url))
const mocking = (readdirSync(srcDir, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.test.ts') && /\bvi\.mock\(/.test(readFileSync(join(srcDir, f), 'utf8')))
  .map((f) => join('src', f))

export default defineConfig({
  plugins: [vue(), keepGitkeep],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // One stylesheet, loaded with the app (38 KB, 17 of them the app's own): a page's own CSS,
    // put in the document as its code came, made the browser match every rule again over the page
    // on screen. In the real window a main list clicked as the sidebar showed had its code 12–16 ms
    // sooner (medians of seven starts); the first screen the same (0.77 vs 0.78 s, eight starts).
    cssCodeSplit: false,
  },
  test: {
    environment: 'happy-dom',
    // A limit a working test cannot reach: on the shared 2-core machine under load, component
    // tests that take 1 s alone took 5-8 s and failed vitest's default 5 s (`make test` asserts
    // no timings; see scripts/bench-browser.sh for them).
    testTimeout: 30_000,
    // Both cores: the files wait on module loading and happy-dom more than on one another.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'mocking', include: mocking } },
      { extends: true, test: { name: 'shared', include: ['src/**/*.test.ts'], exclude: mocking, isolate: false } },
    ],
  },
})
