import { fileURLToPath, URL } from 'node:url'
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
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
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    // A limit a working test cannot reach: on the shared 2-core machine under load, component
    // tests that take 1 s alone took 5-8 s and failed vitest's default 5 s (`make test` asserts
    // no timings; see scripts/bench-browser.sh for them).
    testTimeout: 30_000,
  },
})
