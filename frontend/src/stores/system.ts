import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as System from '@/wailsjs/go/api/System'
import { BrowserOpenURL } from '@/wailsjs/runtime/runtime'
import { i18n, resolveLocale, type Locale } from '@/i18n'
import { call } from './call'
import type { api, backend } from '@/wailsjs/go/models'

export type Settings = backend.Settings
export type AppInfo = api.AppInfo

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
  const startupError = ref('')
  const settings = ref<Settings>({ language: 'auto', theme: 'auto', vendorName: '', currency: 'CNY', userName: '' })
  const info = ref<AppInfo | null>(null)
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
      startupError.value = i18n.global.t('app.noBackend')
      return
    }
    startupError.value = await System.StartupError()
    if (startupError.value) return
    // Independent answers: ask for both at once.
    const [s, i] = await Promise.all([call(System.Settings()), call(System.Info())])
    settings.value = s
    info.value = i
    applyLocale()
    ready.value = true
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
    await loadInfo()
    dataVersion.value++
    return n
  }

  async function openDataFolder() {
    await call(System.OpenDataFolder())
  }

  /** Links in Markdown open in the system browser; navigating the app's own webview would lose it. */
  function openUrl(url: string) {
    BrowserOpenURL(url)
  }

  return { ready, startupError, settings, info, dataVersion, locale, isEmptyDb, start, saveSettings, loadInfo, loadSampleData, openDataFolder, openUrl }
})
