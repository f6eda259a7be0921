import { expect, test, type Locator, type Page } from '@playwright/test'
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

/**
 * Drags source onto target until what the drop opens is shown. Chromium may ignore a drag that
 * starts the moment the previous one ended (the flows run without animations, so nothing waits
 * between them), which no hand does.
 */
export async function dragUntilShown(source: Locator, target: Locator, shown: Locator) {
  await expect(async () => {
    await source.dragTo(target)
    await expect(shown).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 20_000 })
}

export async function shot(page: Page, name: string) {
  await page.waitForTimeout(100) // the next frames: the flows run without animations (reducedMotion)
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

/**
 * The checks every flow keeps, registered for each test of the calling file: no script payload
 * may open a dialog, and the page works within its Content-Security-Policy. The file starts in
 * English whatever language the spec before it left the shared app in, so no spec depends on
 * the order they run in.
 */
export function guardEveryTest() {
  let dialogs: string[] = []
  let cspViolations: string[] = []
  test.beforeAll(async ({ browser }, info) => {
    const page = await browser.newPage({ baseURL: info.project.use.baseURL })
    await page.goto('/')
    await page.waitForFunction(() => !!(window as unknown as { go?: { api?: unknown } }).go?.api, null, { timeout: 20_000 })
    await page.evaluate(async () => {
      const system = (window as unknown as { go: { api: { System: Record<string, (...a: unknown[]) => Promise<Record<string, unknown>>> } } }).go.api.System
      await system.SaveSettings({ ...(await system.Settings()), language: 'en' })
    })
    await page.close()
  })
  test.beforeEach(async ({ page }) => {
    dialogs = watchDialogs(page)
    cspViolations = watchCsp(page)
  })
  test.afterEach(() => {
    expect(dialogs, 'no script payload may open a dialog').toEqual([])
    expect(cspViolations, 'the app works within its Content-Security-Policy').toEqual([])
  })
}

/** Content-Security-Policy violations the page reports (blocked scripts, styles, connections):
 * collect them so the test can fail, as the desktop window enforces the same policy. */
export function watchCsp(page: Page): string[] {
  const seen: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) seen.push(m.text())
  })
  return seen
}

/** Picks an option of a Naive UI select (the options render in a popover at the body). */
export async function choose(page: Page, selectTestId: string, option: string) {
  await page.getByTestId(selectTestId).click()
  await page.locator('.n-base-select-option', { hasText: option }).first().click()
}

/** Creates a customer through the form, and returns its page's route (for open()). */
export async function newCustomer(page: Page, name: string): Promise<string> {
  await open(page, '/customers')
  await page.getByTestId('new-customer').click()
  await page.getByTestId('input-name').fill(name)
  await page.getByTestId('customer-save').click()
  await expect(page.getByTestId('customer-title')).toHaveText(name)
  return new URL(page.url()).hash.slice(1)
}

/** Opens a ticket for the customer through the Support page's form (priority and kind as labels). */
export async function newTicket(page: Page, customer: string, title: string, choices: { priority?: string; kind?: string } = {}) {
  await page.getByTestId('nav-tickets').click()
  await page.getByTestId('new-ticket').click()
  await page.getByTestId('ticket-customer').click()
  await page.keyboard.type(customer)
  await page.locator('.n-base-select-option').filter({ hasText: customer }).first().click()
  await page.getByTestId('ticket-title').fill(title)
  if (choices.priority) await choose(page, 'ticket-priority', choices.priority)
  if (choices.kind) await choose(page, 'ticket-kind', choices.kind)
  await page.getByTestId('ticket-save').click()
  await expect(page.getByTestId('ticket-heading')).toContainText(title)
}

/** Logs a meeting with this summary on the open customer page. */
export async function logMeeting(page: Page, summary: string) {
  await page.getByTestId('tab-interactions').click()
  await page.getByTestId('interaction-add').click()
  await page.getByTestId('interaction-summary').fill(summary)
  await page.getByTestId('interaction-save').click()
  await expect(page.getByTestId('interaction-item').filter({ hasText: summary })).toHaveCount(1)
}

export async function setLanguage(page: Page, lang: 'zh-CN' | 'en') {
  await open(page, '/settings')
  await choose(page, 'settings-language', lang === 'zh-CN' ? '中文' : 'English')
  await expect(page.getByTestId('nav-customers')).toHaveText(lang === 'zh-CN' ? '客户' : 'Customers')
}

/** Today's date (or `days` from today) as YYYY-MM-DD in local time. */
export function todayISO(days = 0): string {
  const d = new Date()
  d.setDate(d.getDate() + days)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** Fails on Latin words in a Chinese screen's visible text (names like VendorDesk, Excel and the
 * CSV format aside: Chinese interfaces write them so), or in a part of it (within: a selector). */
export async function expectNoEnglish(page: Page, allowed = ['VendorDesk', 'Ctrl', 'Markdown', 'Excel', 'CSV', 'WPS'], within = '#app') {
  let text = await page.locator(within).innerText()
  for (const a of allowed) text = text.replaceAll(a, '')
  expect(text.match(/[A-Za-z]{2,}/g) ?? [], `English left in: ${text}`).toEqual([])
}

/** The customer table shows all its columns without sideways scrolling. */
export async function expectCustomerTableFits(page: Page) {
  const table = page.getByTestId('customer-table')
  await expect(table.getByTestId('customer-row').first()).toBeVisible()
  const { overflow, headRight, tableRight } = await table.evaluate((el) => {
    const box = el.getBoundingClientRect()
    const heads = [...el.querySelectorAll('thead th')]
    const scroller = el.querySelector('table')!.parentElement! // the box that scrolls (ListTable)
    return {
      overflow: scroller.scrollWidth - scroller.clientWidth,
      headRight: Math.max(...heads.map((th) => th.getBoundingClientRect().right)),
      tableRight: box.right,
    }
  })
  expect(overflow, 'the table scrolls sideways').toBeLessThanOrEqual(0)
  expect(headRight, 'a column header is cut off').toBeLessThanOrEqual(tableRight + 1)
}

/**
 * WCAG contrast ratio of an element's text against the first opaque background behind it.
 * Readable body text needs at least 4.5.
 */
export async function contrastOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((el) => {
    const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number)
    const lum = ([r, g, b]: number[]) => {
      const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b)
    }
    let bg: number[] = [255, 255, 255]
    for (let n: Element | null = el; n; n = n.parentElement) {
      const c = rgb(getComputedStyle(n).backgroundColor)
      if (c.length === 3 || (c.length === 4 && c[3] === 1)) {
        bg = c.slice(0, 3)
        break
      }
    }
    const fg = lum(rgb(getComputedStyle(el).color).slice(0, 3))
    const back = lum(bg)
    return (Math.max(fg, back) + 0.05) / (Math.min(fg, back) + 0.05)
  })
}

/**
 * Records, from now on, every value of attribute attr that an element matching selector has had in
 * the page, at every change of the page (before it is painted): what the user could have seen drawn,
 * however briefly. drawnValues reads them, in the order first seen.
 */
export async function recordDrawn(page: Page, selector: string, attr: string) {
  await page.evaluate(({ selector, attr }) => {
    const w = window as unknown as { drawnValues: string[] }
    w.drawnValues = []
    new MutationObserver(() => {
      for (const el of document.querySelectorAll(selector)) {
        const v = el.getAttribute(attr) ?? ''
        if (!w.drawnValues.includes(v)) w.drawnValues.push(v)
      }
    }).observe(document, { childList: true, subtree: true, attributes: true })
  }, { selector, attr })
}

export const drawnValues = (page: Page) => page.evaluate(() => (window as unknown as { drawnValues: string[] }).drawnValues)
