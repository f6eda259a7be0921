import { expect, test, type Page } from '@playwright/test'
import { open, setLanguage, shot, watchCsp, watchDialogs } from './helpers'

// Requirements on the customer page: made from a meeting of the communication log, counted by
// status, moved through the status menu. Makes its own customer and meeting; the steps build on
// each other, so run in order.
test.describe.configure({ mode: 'serial' })

const CUSTOMER = '需求测试有限公司'
const MEETING = '讨论报表导出与单点登录'
const XSS = '<script>alert(1)</script>'
let customerHash = ''
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

async function openRequirements(page: Page) {
  await open(page, customerHash)
  await page.getByTestId('tab-requirements').click()
}

function row(page: Page, title: string) {
  return page.getByTestId('req-row').filter({ hasText: title })
}

/** "Create requirement" on the meeting: the form opens with the meeting as the source. */
async function fromMeeting(page: Page, title: string) {
  await page.getByTestId('tab-interactions').click()
  await page.getByTestId('interaction-create-requirement').first().click()
  await expect(page.getByTestId('requirement-form')).toBeVisible()
  await expect(page.getByTestId('req-input-meeting')).toContainText(MEETING)
  await page.getByTestId('req-input-title').fill(title)
}

test('makes a customer with a meeting', async ({ page }) => {
  await setLanguage(page, 'en')
  await open(page, '/customers')
  await page.getByTestId('new-customer').click()
  await page.getByTestId('input-name').fill(CUSTOMER)
  await page.getByTestId('customer-save').click()
  await expect(page.getByTestId('customer-title')).toHaveText(CUSTOMER)
  customerHash = new URL(page.url()).hash.slice(1)
  await page.getByTestId('tab-requirements').click()
  await expect(page.getByTestId('req-empty')).toBeVisible()
  await page.getByTestId('tab-interactions').click()
  await page.getByTestId('interaction-add').click()
  await page.getByTestId('interaction-summary').fill(MEETING)
  await page.getByTestId('interaction-save').click()
  await expect(page.getByTestId('interaction-item')).toHaveCount(1)
  await expect(page.getByTestId('interaction-create-requirement')).toBeVisible()
})

test('creates two requirements from the meeting and counts them as drafts', async ({ page }) => {
  await open(page, customerHash)
  await fromMeeting(page, '报表批量导出')
  await page.getByTestId('req-input-acceptance').getByText('Add a criterion').click()
  await page.getByTestId('req-input-acceptance-0').fill(XSS)
  await page.getByTestId('req-input-estimate').fill('2.5')
  await page.getByTestId('req-input-module').fill('报表')
  await page.getByTestId('req-input-description').fill('**一万行**以内一次导出。')
  await shot(page, 'en-requirement-form')
  await page.getByTestId('requirement-save').click()
  // Saving switches to the Requirements tab.
  await expect(row(page, '报表批量导出')).toBeVisible()
  await expect(page.getByTestId('req-count-draft')).toHaveText('Draft 1')

  await fromMeeting(page, 'SSO 单点登录')
  await page.getByTestId('req-input-priority').click()
  await page.locator('.n-base-select-option', { hasText: 'Must' }).click()
  await page.getByTestId('requirement-save').click()
  await expect(page.getByTestId('req-row')).toHaveCount(2)
  await expect(page.getByTestId('req-count-draft')).toHaveText('Draft 2')
  await expect(row(page, 'SSO')).toContainText('Must')

  // The criterion comes back as the text typed, not as markup.
  await row(page, '报表批量导出').getByTestId('req-edit').click()
  await expect(page.getByTestId('req-input-acceptance-0')).toHaveValue(XSS)
  await expect(page.getByTestId('req-input-estimate')).toHaveValue('2.5')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('requirement-form')).toHaveCount(0)
})

test('moves a requirement to review through the status menu', async ({ page }) => {
  await openRequirements(page)
  await row(page, '报表批量导出').getByTestId('req-status-menu').click()
  await expect(page.getByTestId('req-status-option-in_review')).toHaveText('In review')
  await page.getByTestId('req-status-option-in_review').click()
  await expect(row(page, '报表批量导出').getByTestId('req-status')).toHaveText('In review')
  await expect(page.getByTestId('req-count-draft')).toHaveText('Draft 1')
  await expect(page.getByTestId('req-count-in_review')).toHaveText('In review 1')
  await shot(page, 'en-customer-requirements')
})

test('shows the requirements in Chinese and refuses to delete one under review', async ({ page }) => {
  await setLanguage(page, 'zh-CN')
  await openRequirements(page)
  await expect(page.getByTestId('tab-requirements')).toHaveText('需求')
  await expect(page.getByTestId('req-count-draft')).toHaveText('草稿 1')
  await expect(page.getByTestId('req-count-in_review')).toHaveText('评审中 1')
  await expect(row(page, 'SSO')).toContainText('必须')
  await shot(page, 'zh-customer-requirements')

  await row(page, '报表批量导出').getByTestId('req-delete').click()
  await page.getByTestId('confirm-delete').click()
  await expect(page.locator('.n-message').filter({ hasText: '只有草稿或已拒绝的需求可以删除' })).toBeVisible()
  await expect(page.getByTestId('req-row')).toHaveCount(2)
  await shot(page, 'zh-requirement-delete-refused')

  // A draft can go.
  await row(page, 'SSO').getByTestId('req-delete').click()
  await page.getByTestId('confirm-delete').click()
  await expect(page.getByTestId('req-row')).toHaveCount(1)
  await expect(page.getByTestId('req-count-draft')).toHaveCount(0)
})

test('switches back to English for the next spec', async ({ page }) => {
  await setLanguage(page, 'en')
})
