import { expect, test } from '@playwright/test'
import { open, setLanguage, shot, watchCsp, watchDialogs } from './helpers'

// The Requirements page: every customer's requirements as a list and as a board by status.
// Makes its own customer and requirement (this file runs before requirements.spec.ts: '-' sorts
// before '.'); the steps build on each other, so run in order.
test.describe.configure({ mode: 'serial' })

const CUSTOMER = '需求看板测试有限公司'
const TITLE = '订单明细导出为表格'
let dialogs: string[] = []
let cspViolations: string[] = []

test.beforeEach(async ({ page }) => {
  dialogs = watchDialogs(page)
  cspViolations = watchCsp(page)
})
test.afterEach(() => {
  expect(dialogs, 'no script payload may open a dialog').toEqual([])
  expect(cspViolations).toEqual([])
})

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
  await expect(row.getByTestId('reqlist-customer')).toContainText(CUSTOMER)
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

test('switches back to English for the next spec', async ({ page }) => {
  await setLanguage(page, 'en')
})
