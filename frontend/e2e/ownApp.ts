import { test } from '@playwright/test'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

// A spec that needs an empty database of its own (the other specs share one, which they fill)
// starts its own dev app on a fresh data folder: the binary and the built frontend scripts/e2e.sh
// made, on the display it set up (DISPLAY). stop() ends the app and removes the folder.
const ROOT = fileURLToPath(new URL('../..', import.meta.url))

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
}

export interface OwnApp {
  url: string
  /** The data folder (vendordesk.db is in it). */
  dir: string
  /** Ends the app; keep: leave the data folder for another start. */
  stop: (keep?: boolean) => Promise<void>
}

/** Starts a dev app on dir, or on a fresh data folder, with env added to its environment. */
export async function startOwnApp(dir = mkdtempSync(join(tmpdir(), 'vendordesk-e2e-')), env: Record<string, string> = {}): Promise<OwnApp> {
  if (!process.env.DISPLAY) throw new Error('no DISPLAY: run the e2e tests through scripts/e2e.sh, which starts Xvfb')
  const port = await freePort()
  mkdirSync(join(dir, 'exports'), { recursive: true }) // where exports go without a save dialog, as scripts/devapp.sh makes it
  const log: string[] = []
  const app = spawn(join(ROOT, 'build/bin/vendordesk-dev'), ['-assetdir', join(ROOT, 'frontend/dist'), '-devserver', `127.0.0.1:${port}`], {
    env: { ...process.env, VENDORDESK_DATA_DIR: dir, VENDORDESK_EXPORT_DIR: join(dir, 'exports'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  app.stdout.on('data', (d) => log.push(String(d)))
  app.stderr.on('data', (d) => log.push(String(d)))
  const exited = new Promise<void>((resolve) => app.once('exit', () => resolve()))
  const stop = async (keep = false) => {
    app.kill('SIGTERM')
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
    if (!keep) rmSync(dir, { recursive: true, force: true })
  }
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 240; i++) {
    if (app.exitCode !== null) break
    const ok = await fetch(`${url}/`).then((r) => r.ok, () => false)
    if (ok) return { url, dir, stop }
    await new Promise((r) => setTimeout(r, 250))
  }
  await stop()
  throw new Error(`the app of this spec did not start:\n${log.join('').slice(-2000)}`)
}

/** `test` for a spec that must start on an empty database, whatever ran before it: its pages open
 * (baseURL) on an app of its own, started once for the worker on a fresh data folder. */
export const freshAppTest = test.extend<object, { ownApp: OwnApp }>({
  ownApp: [
    async ({}, use) => {
      const app = await startOwnApp()
      await use(app)
      await app.stop()
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ ownApp }, use) => {
    await use(ownApp.url)
  },
})
