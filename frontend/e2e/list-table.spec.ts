import { expect, type Page } from '@playwright/test'
import { guardEveryTest, open, setLanguage, shot } from './helpers'
import { freshAppTest as test } from './ownApp'

// The long lists' table (ListTable) in Chromium: its pages, page size, sorting by a column's
// title, and the rows built as the table scrolls. On a database of its own with 45 customers.
guardEveryTest()
const COUNT = 45
const name = (i: number) => `表格客户 ${String(i).padStart(2, '0')}`

test('the customer list pages, sorts by a column and builds its rows as it scrolls', async ({ page }) => {
  await open(page, '/')
  await page.evaluate(
    async ({ count }) => {
      const api = (window as unknown as { go: { api: { Customers: { Create: (c: object) => Promise<unknown> } } } }).go.api
      for (let i = 1; i <= count; i++) await api.Customers.Create({ name: `表格客户 ${String(i).padStart(2, '0')}`, stage: 'customer' })
    },
    { count: COUNT },
  )
  await page.getByTestId('nav-customers').click()
  const table = page.getByTestId('customer-table')
  const rows = table.getByTestId('customer-row')
  await expect(table.getByTestId('customer-total')).toHaveText(`${COUNT} in all`)

  // Each row has the table's one height; the rows far below are not built until scrolled to.
  const heights = await rows.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().height)))
  expect(new Set(heights)).toEqual(new Set([40]))
  expect(heights.length).toBeLessThan(COUNT)
  await table.locator('table').evaluate((t) => t.parentElement!.scrollTo({ top: 100_000 }))
  await expect(rows.last()).toContainText(name(1)) // newest first: the first made is last
  await expect(rows.last()).toBeInViewport()
  await expect(rows.filter({ hasText: name(COUNT) })).toHaveCount(0) // the top rows are gone

  // Sorted by name: ascending, then descending, then the list's own order again.
  const nameTitle = table.locator('th', { hasText: 'Name' })
  await nameTitle.click()
  await expect(nameTitle).toHaveAttribute('aria-sort', 'ascending')
  await expect(rows.first()).toContainText(name(1))
  await expect(rows.first()).toBeInViewport() // a new order starts at its first row
  await nameTitle.press('Enter')
  await expect(nameTitle).toHaveAttribute('aria-sort', 'descending')
  await expect(rows.first()).toContainText(name(COUNT))
  await nameTitle.click()
  await expect(nameTitle).toHaveAttribute('aria-sort', 'none')

  // 20 a page: three pages, the last with the five oldest.
  await table.getByTestId('pager-size').selectOption('20')
  await expect(table.getByTestId('pager-page')).toHaveText(['1', '2', '3'])
  await expect(rows).toHaveCount(20)
  await table.getByTestId('pager-page').filter({ hasText: '3' }).click()
  await expect(table.locator('[aria-current="page"]')).toHaveText('3')
  await expect(rows).toHaveCount(5)
  await expect(rows.last()).toContainText(name(1))
  await expect(table.getByTestId('pager-next')).toBeDisabled()
  await table.getByTestId('pager-prev').click()
  await expect(table.locator('[aria-current="page"]')).toHaveText('2')
  await shot(page, 'list-table-page-2')

  await setLanguage(page, 'zh-CN')
  await page.getByTestId('nav-customers').click()
  await expect(table.getByTestId('customer-total')).toHaveText(`共 ${COUNT} 条`)
  await expect(table.getByTestId('pager-size').locator('option:checked')).toHaveText('20 条/页')
  await setLanguage(page, 'en')
})

/** Makes a customer with one requirement moved on to in development, through the bindings; its id. */
function customerWithRequirementInDevelopment(page: Page, customer: string, requirement: Record<string, string>): Promise<string> {
  return page.evaluate(async ({ customer, requirement }) => {
    type Api = Record<string, Record<string, (...a: unknown[]) => Promise<Record<string, unknown>>>>
    const api = (window as unknown as { go: { api: Api } }).go.api
    const c = await api.Customers.Create({ name: customer, stage: 'customer' })
    let r = await api.Requirements.Create({ customerId: c.id, ...requirement })
    for (const to of ['in_review', 'confirmed', 'designed', 'in_development']) r = await api.Requirements.Transition(r.id, to, '')
    return c.id as string
  }, { customer, requirement })
}

test("a customer's requirements show their category, status and test levels whole, in English and Chinese", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 820 })
  await open(page, '/')
  const id = await customerWithRequirementInDevelopment(page, '状态列宽客户', { title: '开发中的需求', category: 'performance' })
  // Whole: nothing in the cell wider than the cell (a cut tag ends in an ellipsis).
  const cutCells = () =>
    page.getByTestId('req-status').evaluateAll((tags) =>
      tags.flatMap((tag) => [tag, ...['req-tests', 'req-category'].map((id) => tag.closest('tr')!.querySelector(`[data-testid="${id}"]`)!)].map((el) => el.closest('td')!))
        .filter((td) => td.scrollWidth > td.clientWidth)
        .map((td) => td.textContent),
    )
  for (const [lang, status] of [['en', 'In development'], ['zh-CN', '开发中']] as const) {
    await setLanguage(page, lang)
    await open(page, `/customers/${id}?tab=requirements`)
    await expect(page.getByTestId('req-status')).toHaveText(status)
    expect(await cutCells(), lang).toEqual([])
  }
  await setLanguage(page, 'en')
})

test('the requirement list shows its headers, and a row\'s number, category, priority, status and date, whole in English and Chinese', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 820 })
  await open(page, '/')
  const id = await customerWithRequirementInDevelopment(page, '需求列表列宽客户', { title: '列宽·开发中的需求', category: 'performance', priority: 'should' })
  // The title, customer and module cut long text by design (an ellipsis, the whole in a tooltip).
  const WHOLE = new Set([0, 3, 4, 6, 7]) // number, category, priority, status, updated
  const cut = () =>
    page.locator('.vd-list-table').evaluate((table, whole) => {
      const headers = [...table.querySelectorAll('th')].filter((th) => th.scrollWidth > th.clientWidth).map((th) => th.textContent)
      const over = (el: Element) => [el, ...el.querySelectorAll('*')].some((e) => e.scrollWidth > e.clientWidth) // the cell, or a clipping span in it
      const cells = [...table.querySelectorAll('tr.row td')].filter((td, i) => whole.includes(i) && over(td)).map((td) => td.textContent)
      return [...headers, ...cells]
    }, [...WHOLE])
  for (const [lang, status] of [['en', 'In development'], ['zh-CN', '开发中']] as const) {
    await setLanguage(page, lang)
    await open(page, `/requirements?customer=${id}`)
    // Its row: the list may first show the rows its store kept (every customer's), then this one's.
    await expect(page.getByTestId('reqlist-row').filter({ hasText: '列宽·开发中的需求' }).getByTestId('reqlist-status')).toHaveText(status)
    expect(await cut(), lang).toEqual([])
  }
  await setLanguage(page, 'en')
})

// A list page waits for its first answer before it shows (firstAnswer): opened by a link to a
// filter other than the one kept from the last visit, it used to show an empty, busy table for a
// frame or more, then its rows.
test('a list opened by a link shows with its rows from its first frame, never empty first', async ({ page }) => {
  await open(page, '/')
  const customerId = await customerWithRequirementAndTicket(page, '首帧')
  const links: [string, string, string][] = [
    [`/customers?q=${encodeURIComponent('首帧')}`, 'customer-table', 'customer-row'],
    [`/requirements?customer=${customerId}`, 'reqlist-table', 'reqlist-row'],
    ['/tickets?view=all', 'ticket-table', 'ticket-row'],
  ]
  for (const [link, table, row] of links) {
    await page.evaluate(() => (location.hash = '#/'))
    await expect(page.getByTestId('home-grid')).toBeVisible()
    // The rows in the table in the first frame that has the table, as the link is followed.
    const firstFrameRows = await page.evaluate(
      ({ link, table, row }) =>
        new Promise<number>((done) => {
          const frame = () => {
            const t = document.querySelector(`[data-testid="${table}"]`)
            if (t) done(t.querySelectorAll(`[data-testid="${row}"]`).length)
            else requestAnimationFrame(frame)
          }
          location.hash = `#${link}`
          requestAnimationFrame(frame)
        }),
      { link, table, row },
    )
    expect(firstFrameRows, link).toBeGreaterThan(0)
    await expect(page.getByTestId(row).first()).toContainText(/首帧/)
  }
})

// A main list opened from its menu asks for its rows as the item is clicked, beside its page's code
// (stores/earlyAnswer.ts), and the page takes that answer: Go is asked once, not twice.
test('a main list opened from its menu asks Go for its rows once', async ({ page }) => {
  await open(page, '/')
  await customerWithRequirementAndTicket(page, '一问')
  await page.evaluate(() => {
    type Api = Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>>
    const api = (window as unknown as { go: { api: Api } }).go.api
    const w = window as unknown as { asked: string[] }
    w.asked = []
    for (const [service, method] of [['Customers', 'List'], ['Tickets', 'List'], ['Requirements', 'List'], ['Deployments', 'Matrix'], ['Releases', 'List']]) {
      const real = api[service][method]
      api[service][method] = (...a: unknown[]) => {
        w.asked.push(`${service}.${method} ${JSON.stringify(a)}`)
        return real(...a)
      }
    }
  })
  const lists: [string, string, string[]][] = [
    ['nav-customers', 'customer-row', ['Customers.List']],
    ['nav-tickets', 'ticket-row', ['Tickets.List']],
    ['nav-requirements', 'reqlist-row', ['Requirements.List']],
    ['nav-versions', 'matrix-table', ['Deployments.Matrix', 'Releases.List']],
  ]
  for (const [nav, shown, methods] of lists) {
    await page.getByTestId('nav-home').click()
    await expect(page.getByTestId('home-grid')).toBeVisible()
    // Counted from the click on (in the same task): the warm-up, building the lists not yet opened
    // out of sight as the app opens, may ask the same before it.
    await page.evaluate((nav) => {
      ;(window as unknown as { asked: string[] }).asked = []
      document.querySelector<HTMLElement>(`[data-testid="${nav}"]`)!.click()
    }, nav)
    await expect(page.getByTestId(shown).first()).toBeVisible()
    await page.waitForTimeout(300) // a second call, if any, would have been made by now
    const asked = await page.evaluate(() => (window as unknown as { asked: string[] }).asked)
    // Each of the list's questions once (the home page's own, with other arguments, may come too).
    for (const method of methods) {
      const mine = asked.filter((c) => c.startsWith(`${method} `))
      expect(mine.length, `${nav}: ${method}`).toBeGreaterThan(0)
      expect(new Set(mine).size, `${nav}: ${method} asked twice`).toBe(mine.length)
    }
  }

  // Left for another list, a searched customer list stays on screen until that one has its answer,
  // and asks nothing more itself (it took the other's address, without ?q=, for a cleared search).
  await page.evaluate(() => (location.hash = `#/customers?q=${encodeURIComponent('一问')}`))
  await expect(page.getByTestId('customer-row')).toHaveCount(1)
  await page.evaluate(() => {
    ;(window as unknown as { asked: string[] }).asked = []
    document.querySelector<HTMLElement>('[data-testid="nav-tickets"]')!.click()
  })
  await expect(page.getByTestId('ticket-row').first()).toBeVisible()
  await page.waitForTimeout(300)
  const asked = await page.evaluate(() => (window as unknown as { asked: string[] }).asked)
  expect(asked.filter((c) => c.startsWith('Customers.List '))).toEqual([])
})

/** Makes a customer named after `name`, with a requirement and a ticket, through the bindings; its id. */
function customerWithRequirementAndTicket(page: Page, name: string): Promise<string> {
  return page.evaluate(async (name) => {
    type Api = Record<string, Record<string, (arg: object) => Promise<{ id: string }>>>
    const api = (window as unknown as { go: { api: Api } }).go.api
    const c = await api.Customers.Create({ name: `${name}客户`, stage: 'customer' })
    await api.Requirements.Create({ customerId: c.id, title: `${name}需求` })
    await api.Tickets.Create({ customerId: c.id, title: `${name}工单` })
    return c.id
  }, name)
}
