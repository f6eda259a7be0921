import { expect, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ARTIFACTS = join(fileURLToPath(new URL('.', import.meta.url)), 'artifacts')
mkdirSync(ARTIFACTS, { recursive: true })

/** Opens a route of the app and waits for the Wails bindings and the app shell. */
export async function open(page: Page, hash = '/') {
  await page.goto(`/#${hash}`)
  await page.waitForFunction(() => !!(window as unknown as { go?: { api?: unknown } }).go?.api, null, { timeout: 20_000 })
  await expect(page.getByTestId('nav-home')).toBeVisible()
}

export async function shot(page: Page, name: string) {
  await page.waitForTimeout(250) // let Naive UI transitions settle
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false })
}

/** Any alert()/confirm() means a payload ran: collect them so the test can fail. */
export function watchDialogs(page: Page): string[] {
  const seen: string[] = []
  page.on('dialog', async (d) => {
    seen.push(`${d.type()}: ${d.message()}`)
    await d.dismiss()
  })
  return seen
}

/** Picks an option of a Naive UI select (the options render in a popover at the body). */
export async function choose(page: Page, selectTestId: string, option: string) {
  await page.getByTestId(selectTestId).click()
  await page.locator('.n-base-select-option', { hasText: option }).first().click()
}

export async function setLanguage(page: Page, lang: 'zh-CN' | 'en') {
  await open(page, '/settings')
  await choose(page, 'settings-language', lang === 'zh-CN' ? '中文' : 'English')
  await expect(page.getByTestId('nav-customers')).toHaveText(lang === 'zh-CN' ? '客户' : 'Customers')
}

export function todayISO(): string {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}
