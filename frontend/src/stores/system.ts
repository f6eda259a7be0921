import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as System from '@/wailsjs/go/api/System'
import { BrowserOpenURL, EventsOn } from '@/wailsjs/runtime/runtime'
import { i18n, resolveLocale, type Locale } from '@/i18n'
import { call } from './call'
import type { api, backend } from '@/wailsjs/go/models'

export type Settings = backend.Settings
export type AppInfo = api.AppInfo
/** Why the data file cannot be used (kind: a FileProblem kind, 'other' or 'no_backend'). */
export type DataFileProblem = api.DataFileProblem

/** Resolves once the Wails bindings exist (the dev-mode IPC script sets them up asynchronously). */
export function waitForBackend(timeoutMs = 15000): Promise<boolean> {
  const w = window as unknown as { go?: { api?: unknown } }
  return new Promise((resolve) => {
    const started = Date.now()
    const tick = () => {
      if (w.go?.api) return resolve(true)
      if (Date.now() - started > timeoutMs) return resolve(false)
      setTimeout(tick, 25)
    }
    tick()
  })
}

export const useSystemStore = defineStore('system', () => {
  const ready = ref(false)
  const problem = ref<DataFileProblem | null>(null)
  const settings = ref<Settings>({ language: 'auto', theme: 'auto', vendorName: '', currency: 'CNY', userName: '' })
  const info = ref<AppInfo | null>(null)
  /** The schema upgrade start-up is making of the data file (once after an update; a large file takes a while). */
  const upgrade = ref<api.Upgrade | null>(null)
  // Bumped when records arrive in bulk (sample data): pages watch it and reload. The button that
  // triggered it has usually unmounted by then (the empty state it lived in is gone).
  const dataVersion = ref(0)

  const locale = computed<Locale>(() => resolveLocale(settings.value.language))
  /** True when the data file holds no customer at all (archived ones count): offer sample data. */
  const isEmptyDb = computed(() => info.value !== null && info.value.data.customers === 0)

  function applyLocale() {
    i18n.global.locale.value = locale.value
    document.documentElement.lang = locale.value
  }

  async function start() {
    if (!(await waitForBackend())) {
      problem.value = { kind: 'no_backend', detail: '', path: '' }
      return
    }
    // A check that finds the file damaged after start-up replaces the app with the problem page.
    EventsOn('datafile:problem', async () => {
      problem.value = await System.StartupProblem()
    })
    const stopAsking = askForUpgrade()
    problem.value = await System.StartupProblem() // waits for start-up
    stopAsking()
    if (problem.value) return
    // Independent answers: ask for both at once.
    const [s, i] = await Promise.all([call(System.Settings()), call(System.Info())])
    settings.value = s
    info.value = i
    applyLocale()
    ready.value = true
  }

  /** Asks, until stopped, whether start-up is upgrading the data file: the loading page says so. */
  function askForUpgrade(): () => void {
    let asking = true
    void (async () => {
      while (asking) {
        const u = await System.StartupUpgrade().catch(() => null) // only a hint: start-up goes on without it
        if (asking) upgrade.value = u
        await new Promise((r) => setTimeout(r, 300))
      }
    })()
    return () => {
      asking = false
      upgrade.value = null
    }
  }

  async function saveSettings(next: Settings): Promise<Settings> {
    settings.value = await call(System.SaveSettings(next))
    applyLocale()
    return settings.value
  }

  async function loadInfo() {
    info.value = await call(System.Info())
  }

  /** Loads the sample vendor, written in the interface's language (the backend refuses when customers exist). */
  async function loadSampleData(): Promise<number> {
    const n = await call(System.LoadSampleData(locale.value))
    await dataChanged()
    return n
  }

  /** After records were added in bulk (sample data, an import): the counts and every list on screen load again. */
  async function dataChanged() {
    await loadInfo()
    dataVersion.value++
  }

  async function openDataFolder() {
    await call(System.OpenDataFolder())
  }

  function quit() {
    System.Quit()
  }

  /** Links in Markdown open in the system browser; navigating the app's own webview would lose it. */
  function openUrl(url: string) {
    BrowserOpenURL(url)
  }

  return { ready, problem, settings, info, upgrade, dataVersion, locale, isEmptyDb, start, saveSettings, loadInfo, loadSampleData, dataChanged, openDataFolder, quit, openUrl }
})
