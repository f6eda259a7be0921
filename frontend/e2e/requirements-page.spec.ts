import { expect, test, type Page } from '@playwright/test'
import { dragUntilShown, drawnValues, guardEveryTest, open, recordDrawn, setLanguage, shot } from './helpers'

// The Requirements page: every customer's requirements as a list and as a board by status.
// Makes its own customer and requirement (this file runs before requirements.spec.ts: '-' sorts
// before '.'); the steps build on each other, so run in order.
test.describe.configure({ mode: 'serial' })

const CUSTOMER = '需求看板测试有限公司'
const TITLE = '订单明细导出为表格'
// The filter and drag-and-drop steps use customers of their own, made through the bindings.
const DND_CUSTOMER = '拖放看板测试科技'
const DND_TITLES = { statement: '拖放·对账单导出', invoice: '拖放·发票打印', approval: '拖放·权限审批' }
const RELEASE_TITLE = '拖放·失败后仍发布'
const RELEASE_REASON = '客户同意先上线，问题下个版本修'
const MORE_CUSTOMER = '看板分页测试工作室'
const MORE_COUNT = 33
let dndCustomerId = ''
guardEveryTest()

test('makes a customer with a draft requirement', async ({ page }) => {
  await setLanguage(page, 'zh-CN')
  await open(page, '/customers')
  await page.getByTestId('new-customer').click()
  await page.getByTestId('input-name').fill(CUSTOMER)
  await page.getByTestId('customer-save').click()
  await expect(page.getByTestId('customer-title')).toHaveText(CUSTOMER)
  await page.getByTestId('tab-requirements').click()
  await page.getByTestId('req-add').click()
  await page.getByTestId('req-input-title').fill(TITLE)
  await page.getByTestId('req-input-module').fill('订单')
  await page.getByTestId('requirement-save').click()
  await expect(page.getByTestId('req-row').filter({ hasText: TITLE })).toHaveAttribute('data-status', 'draft')
})

// Once home has shown, each main list is built once off the document (WarmUp), its first page
// kept: the first visit then shows its rows in the page's first frame, not an empty table first.
test('the requirement list opened after home has settled shows its rows at once', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { warmUpSeen?: boolean; firstBuilt?: string }
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="warm-up"]')) w.warmUpSeen = true
      if (w.firstBuilt === undefined && document.querySelector('[data-testid="reqlist-search"]'))
        w.firstBuilt = document.querySelector('[data-testid="reqlist-title"]') ? 'with its rows' : 'without rows'
    }).observe(document, { childList: true, subtree: true })
  })
  await open(page, '/')
  await expect.poll(() => page.evaluate(() => (window as unknown as { warmUpSeen?: boolean }).warmUpSeen), { timeout: 15_000 }).toBe(true)
  await expect(page.getByTestId('warm-up')).toHaveCount(0, { timeout: 15_000 })
  await page.getByTestId('nav-requirements').click()
  await expect(page.getByTestId('reqlist-title').filter({ hasText: TITLE })).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { firstBuilt?: string }).firstBuilt)).toBe('with its rows')
})

// The board loads when first shown, its code fetched in the background once the list has settled
// (the route's meta.next): switched to then, it asks the server for no code.
test('the board, switched to once the list has settled, has its code already', async ({ page }) => {
  await open(page, '/requirements')
  await expect(page.getByTestId('reqlist-title').filter({ hasText: TITLE })).toBeVisible()
  await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /RequirementBoard-[^/]*\.js$/.test(e.name))), { timeout: 10_000 }).toBe(true)
  const fetched: string[] = []
  page.on('request', (r) => r.resourceType() === 'script' && fetched.push(r.url()))
  await page.getByTestId('reqlist-view-board').click()
  await expect(page.getByTestId('req-board')).toBeVisible()
  expect(fetched).toEqual([])
  await page.getByTestId('reqlist-view-list').click()
})

// The dashboard's lead-time figure opens the released requirements. The list kept from a visit
// before (every status, this file's drafts among them) is not drawn while they are asked for.
test('a list opened from a dashboard link never draws the rows kept from another filter', async ({ page }) => {
  await open(page, '/requirements')
  await expect(page.locator('[data-testid="reqlist-row"][data-status="draft"]').first()).toBeAttached()
  await page.getByTestId('nav-dashboard').click()
  await expect(page.getByTestId('figure-leadTime')).toBeVisible()
  await recordDrawn(page, '[data-testid="reqlist-row"]', 'data-status')
  await page.getByTestId('figure-leadTime').click()
  await expect(page.getByTestId('reqlist-table').locator('[aria-busy="false"]').or(page.getByTestId('reqlist-empty-filtered'))).toBeVisible()
  expect((await drawnValues(page)).filter((s) => s !== 'released')).toEqual([])
})

test('lists and searches requirements across customers, and opens one on its customer', async ({ page }) => {
  await open(page, '/customers')
  await page.getByTestId('nav-requirements').click()
  await expect(page.getByTestId('nav-requirements')).toHaveText('需求')
  await expect(page.getByTestId('reqlist-row').first()).toBeVisible()
  await expect(page.getByTestId('reqlist-view-board')).toHaveText('看板')
  await page.getByTestId('reqlist-search').fill('订单明细')
  await expect(page.getByTestId('reqlist-row')).toHaveCount(1)
  const row = page.getByTestId('reqlist-row')
  await expect(row.getByTestId('reqlist-title')).toHaveText(TITLE)
  await expect(row.getByTestId('reqlist-row-customer')).toContainText(CUSTOMER)
  await expect(row.getByTestId('reqlist-status')).toHaveText('草稿')
  await expect(page.getByTestId('reqlist-total')).toContainText('1')
  await shot(page, 'zh-requirements-list')

  await page.getByTestId('reqlist-search').fill('没有这样的需求')
  await expect(page.getByTestId('reqlist-empty-filtered')).toBeVisible()
  await page.getByTestId('reqlist-search').fill('订单明细')
  await expect(page.getByTestId('reqlist-row')).toHaveCount(1)

  await page.getByTestId('reqlist-row').getByTestId('reqlist-title').click()
  await expect(page.getByTestId('customer-title')).toHaveText(CUSTOMER)
  await expect(page.getByTestId('req-row').filter({ hasText: TITLE })).toBeVisible()
})

test('moves a card from draft to review on the board', async ({ page }) => {
  await open(page, '/requirements')
  await page.getByTestId('reqlist-view-board').click()
  await expect(page.getByTestId('req-board')).toBeVisible()
  await page.getByTestId('reqlist-search').fill('订单明细')
  const draft = page.getByTestId('board-column-draft')
  const review = page.getByTestId('board-column-in_review')
  await expect(page.getByTestId('board-total-draft')).toHaveText('1')
  await expect(page.getByTestId('board-total-in_review')).toHaveText('0')
  await expect(draft).toContainText('草稿')
  await expect(draft.getByTestId('board-card')).toContainText(TITLE)
  await shot(page, 'zh-requirements-board')

  await draft.getByTestId('board-card').filter({ hasText: TITLE }).getByTestId('board-status-menu').click()
  await expect(page.getByTestId('board-status-option-in_review')).toHaveText('评审中')
  await page.getByTestId('board-status-option-in_review').click()
  await expect(page.getByTestId('board-total-draft')).toHaveText('0')
  await expect(page.getByTestId('board-total-in_review')).toHaveText('1')
  await expect(review.getByTestId('board-card')).toContainText(TITLE)
  await expect(draft.getByTestId('board-card')).toHaveCount(0)
  await shot(page, 'zh-requirements-board-moved')
})

/** Makes a customer with draft requirements through the bound API (quicker than the forms). */
async function seed(page: Page, name: string, reqs: { title: string; module?: string }[]): Promise<string> {
  return page.evaluate(
    async ({ name, reqs }) => {
      type Api = Record<string, Record<string, (...a: unknown[]) => Promise<{ id: string }>>>
      const api = (window as unknown as { go: { api: Api } }).go.api
      const c = await api.Customers.Create({ name })
      for (const r of reqs) await api.Requirements.Create({ customerId: c.id, title: r.title, module: r.module ?? '' })
      return c.id
    },
    { name, reqs },
  )
}

const filters = (page: Page) => page.getByTestId('reqlist-filters')

test('filters the requirements by customer and by module', async ({ page }) => {
  await open(page, '/')
  dndCustomerId = await seed(page, DND_CUSTOMER, [
    { title: DND_TITLES.statement, module: '财务' },
    { title: DND_TITLES.invoice, module: '财务' },
    { title: DND_TITLES.approval, module: '权限' },
  ])
  await open(page, '/requirements')
  await expect(page.getByTestId('reqlist-row').first()).toBeVisible()

  const customer = filters(page).getByTestId('reqlist-customer')
  await customer.click()
  await customer.locator('input').fill('拖放看板')
  await page.locator('.n-base-select-option', { hasText: DND_CUSTOMER }).click()
  await expect(customer).toContainText(new RegExp(`${DND_CUSTOMER} · C-\\d{4}`))
  await expect(page).toHaveURL(new RegExp(`customer=${dndCustomerId}`))
  const rows = page.getByTestId('reqlist-row')
  await expect(rows).toHaveCount(3)
  for (const r of await rows.all()) await expect(r.getByTestId('reqlist-row-customer')).toContainText(DND_CUSTOMER)

  // The module filter offers this customer's modules only, with their counts.
  await filters(page).getByTestId('reqlist-module').click()
  const options = page.locator('.n-base-select-option:visible') // the customer menu stays in the page, hidden
  await expect(options).toHaveText(['财务（2）', '权限（1）'])
  await options.filter({ hasText: '财务（2）' }).click()
  await expect(rows).toHaveCount(2)
  await expect(rows.filter({ hasText: DND_TITLES.approval })).toHaveCount(0)
  await shot(page, 'zh-requirements-filters')

  // Another customer's module under this customer: nothing, until the module is cleared.
  await filters(page).getByTestId('reqlist-module').hover()
  await filters(page).getByTestId('reqlist-module').locator('.n-base-clear').click()
  await expect(rows).toHaveCount(3)

  // A link to the page with ?customer= opens on that customer, named.
  await open(page, `/requirements?customer=${dndCustomerId}`)
  await expect(filters(page).getByTestId('reqlist-customer')).toContainText(DND_CUSTOMER)
  await expect(page.getByTestId('reqlist-row')).toHaveCount(3)
  await expect(page.getByTestId('reqlist-row').filter({ hasText: TITLE })).toHaveCount(0)

  // Clearing the customer shows every customer's requirements again.
  await filters(page).getByTestId('reqlist-customer').hover()
  await filters(page).getByTestId('reqlist-customer').locator('.n-base-clear').click()
  await expect(page.getByTestId('reqlist-row').filter({ hasText: TITLE })).toHaveCount(1)
  await expect(page).not.toHaveURL(/customer=/)
})

test('drags cards between the columns the workflow allows, and refuses the others', async ({ page }) => {
  await open(page, `/requirements?customer=${dndCustomerId}`)
  await page.getByTestId('reqlist-view-board').click()
  const draft = page.getByTestId('board-column-draft')
  const review = page.getByTestId('board-column-in_review')
  const released = page.getByTestId('board-column-released')
  const confirmed = page.getByTestId('board-column-confirmed')
  await expect(page.getByTestId('board-total-draft')).toHaveText('3')
  const cardOf = (title: string) => page.getByTestId('board-card').filter({ hasText: title })
  await expect(cardOf(DND_TITLES.statement)).toHaveAttribute('data-number', /^\d+$/)

  // Mid-drag, the allowed columns light up and the others dim.
  const box = (await review.boundingBox())!
  await cardOf(DND_TITLES.statement).hover()
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2, box.y + 120, { steps: 8 })
  await expect(review).toHaveAttribute('data-drop', 'allowed')
  await expect(released).toHaveAttribute('data-drop', 'denied')
  await expect(confirmed).toHaveAttribute('data-drop', 'denied')
  await expect(draft).toHaveAttribute('data-drop', 'source')
  await shot(page, 'zh-requirements-board-drag')
  await page.mouse.up()
  await expect(page.getByTestId('board-total-in_review')).toHaveText('1')
  await expect(review.getByTestId('board-card')).toContainText(DND_TITLES.statement)
  await expect(review).not.toHaveAttribute('data-drop')

  // Playwright's own drag and drop.
  await dragUntilShown(cardOf(DND_TITLES.invoice), review, page.getByTestId('board-total-in_review').filter({ hasText: /^2$/ }))
  await expect(page.getByTestId('board-total-draft')).toHaveText('1')

  // A draft is reviewed before it is confirmed: a message says so and the card stays.
  await dragUntilShown(cardOf(DND_TITLES.approval), confirmed, page.locator('.n-message').filter({ hasText: '需求不能从“草稿”移到“已确认”。' }))
  await expect(draft.getByTestId('board-card')).toContainText(DND_TITLES.approval)
  await expect(page.getByTestId('board-total-confirmed')).toHaveText('0')
  await expect(page.getByTestId('board-total-draft')).toHaveText('1')
  await shot(page, 'zh-requirements-board-refused')

  // The list says the same.
  await page.getByTestId('reqlist-view-list').click()
  const row = (title: string) => page.getByTestId('reqlist-row').filter({ hasText: title }).getByTestId('reqlist-status')
  await expect(row(DND_TITLES.statement)).toHaveText('评审中')
  await expect(row(DND_TITLES.invoice)).toHaveText('评审中')
  await expect(row(DND_TITLES.approval)).toHaveText('草稿')
})

test('asks for a reason when a card whose system test failed is dropped on released', async ({ page }) => {
  await open(page, '/')
  // One requirement in test with a failed system test, brought there through the bound API.
  await page.evaluate(
    async ({ customerId, title }) => {
      type Api = Record<string, Record<string, (...a: unknown[]) => Promise<Record<string, unknown>>>>
      const api = (window as unknown as { go: { api: Api } }).go.api.Requirements
      let r = await api.Create({ customerId, title })
      for (const to of ['in_review', 'confirmed', 'designed', 'in_development']) r = await api.Transition(r.id, to, '')
      r = await api.Update({ ...r, tests: { ...(r.tests as object), system: { status: 'failed', note: '' } } })
      await api.Transition(r.id, 'in_test', '')
    },
    { customerId: dndCustomerId, title: RELEASE_TITLE },
  )
  await open(page, `/requirements?customer=${dndCustomerId}`)
  await page.getByTestId('reqlist-view-board').click()
  const inTest = page.getByTestId('board-column-in_test')
  const released = page.getByTestId('board-column-released')
  await expect(inTest.getByTestId('board-card')).toContainText(RELEASE_TITLE)
  await released.scrollIntoViewIfNeeded() // both columns in view: a drag does not scroll the board
  const card = inTest.getByTestId('board-card').filter({ hasText: RELEASE_TITLE })

  // Cancelled: the card stays in test.
  await dragUntilShown(card, released, page.getByTestId('req-reason-input'))
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('req-reason-input')).toHaveCount(0)
  await expect(inTest.getByTestId('board-card')).toContainText(RELEASE_TITLE)
  await expect(page.getByTestId('board-total-released')).toHaveText('0')

  // With a reason: released.
  await dragUntilShown(card, released, page.getByTestId('req-reason-ok'))
  await expect(page.getByTestId('req-reason-ok')).toBeDisabled()
  await page.getByTestId('req-reason-input').fill(RELEASE_REASON)
  await page.getByTestId('req-reason-ok').click()
  await expect(page.getByTestId('board-total-released')).toHaveText('1')
  await expect(released.getByTestId('board-card')).toContainText(RELEASE_TITLE)
  await expect(page.getByTestId('board-total-in_test')).toHaveText('0')
})

test('shows more cards of a long column on request', async ({ page }) => {
  await open(page, '/')
  const titles = Array.from({ length: MORE_COUNT }, (_, i) => `分页需求 ${String(i + 1).padStart(2, '0')}`)
  const id = await seed(page, MORE_CUSTOMER, titles.map((title) => ({ title })))
  await open(page, `/requirements?customer=${id}`)
  await page.getByTestId('reqlist-view-board').click()
  const draft = page.getByTestId('board-column-draft')
  await expect(page.getByTestId('board-total-draft')).toHaveText(String(MORE_COUNT))
  await expect(draft.getByTestId('board-card')).toHaveCount(30)
  await expect(page.getByTestId('board-more-draft')).toHaveText(`显示更多（还有 ${MORE_COUNT - 30} 条）`)
  await expect(page.getByTestId('board-more-in_review')).toHaveCount(0)
  await draft.getByTestId('board-more-draft').scrollIntoViewIfNeeded()
  await shot(page, 'zh-requirements-board-more')
  await page.getByTestId('board-more-draft').click()
  await expect(draft.getByTestId('board-card')).toHaveCount(MORE_COUNT)
  await expect(page.getByTestId('board-more-draft')).toHaveCount(0)
  const numbers = await draft.getByTestId('board-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-number')))
  expect(new Set(numbers).size, 'no card shown twice').toBe(MORE_COUNT)
})

test('Esc closes a status menu, on the board and in a customer’s requirements', async ({ page }) => {
  await open(page, '/requirements')
  await page.getByTestId('reqlist-view-board').click()
  const boardOptions = page.locator('[data-testid^="board-status-option-"]')
  await page.getByTestId('board-column-draft').getByTestId('board-status-menu').first().click()
  await expect(boardOptions.first()).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(boardOptions).toHaveCount(0)

  await page.getByTestId('reqlist-view-list').click()
  await page.getByTestId('reqlist-row').first().getByTestId('reqlist-row-customer').click()
  await expect(page.getByTestId('req-row').first()).toBeVisible()
  const tableOptions = page.locator('[data-testid^="req-status-option-"]')
  await page.getByTestId('req-row').first().getByTestId('req-status-menu').click()
  await expect(tableOptions.first()).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(tableOptions).toHaveCount(0)
})
