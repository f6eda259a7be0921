import { expect, test, type Page } from '@playwright/test'
import { guardEveryTest, logMeeting, newCustomer, open, setLanguage, shot } from './helpers'

// Requirements on the customer page: made from a meeting of the communication log, counted by
// status, moved through the status menu. Makes its own customer and meeting; the steps build on
// each other, so run in order.
test.describe.configure({ mode: 'serial' })

const CUSTOMER = '需求测试有限公司'
const MEETING = '讨论报表导出与单点登录'
const XSS = '<script>alert(1)</script>'
let customerHash = ''
guardEveryTest()

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
  customerHash = await newCustomer(page, CUSTOMER)
  await page.getByTestId('tab-requirements').click()
  await expect(page.getByTestId('req-empty')).toBeVisible()
  await logMeeting(page, MEETING)
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
  await expect(row(page, 'SSO')).toContainText('高')
  await shot(page, 'zh-customer-requirements')

  await row(page, '报表批量导出').getByTestId('req-delete').click()
  await page.getByTestId('confirm-delete').click()
  await expect(page.locator('.n-message').filter({ hasText: '只能删除草稿或已拒绝的需求' })).toBeVisible()
  await expect(page.getByTestId('req-row')).toHaveCount(2)
  await shot(page, 'zh-requirement-delete-refused')

  // A draft can go.
  await row(page, 'SSO').getByTestId('req-delete').click()
  await page.getByTestId('confirm-delete').click()
  await expect(page.getByTestId('req-row')).toHaveCount(1)
  await expect(page.getByTestId('req-count-draft')).toHaveCount(0)
})

/** Picks an option of one of several selects: only the open menu's options are visible. */
async function pick(page: Page, selectTestId: string, option: string) {
  await page.getByTestId(selectTestId).click()
  await page.locator('.n-base-select-option:visible', { hasText: option }).first().click()
  await expect(page.getByTestId(selectTestId)).toContainText(option)
}

/** Moves the row through its status menu and waits for the table to show the new status. */
async function moveTo(page: Page, title: string, status: string) {
  await row(page, title).getByTestId('req-status-menu').click()
  await page.getByTestId(`req-status-option-${status}`).click()
}

test('records the design and tests, and releases despite a failed system test with a reason', async ({ page }) => {
  const TITLE = '报表批量导出'
  const REASON = '客户同意先上线，下周修复超时'
  await openRequirements(page)
  await expect(row(page, TITLE).getByTestId('req-test-system')).toHaveAttribute('data-status', 'not_started')
  await row(page, TITLE).getByTestId('req-design').click()
  await expect(page.getByTestId('req-design-form')).toBeVisible()
  await expect(page.getByTestId('field-design')).toContainText('模块与架构')
  await page.getByTestId('design-architecture').fill('- 报表服务\n- 导出队列')
  await page.getByTestId('design-ui').fill('工具栏加“导出”按钮')
  await page.getByTestId('design-technical').fill('流式写 CSV，避免内存峰值')
  await pick(page, 'test-status-unit', '通过')
  await pick(page, 'test-status-system', '失败')
  await page.getByTestId('test-note-system').fill('一万行时超时')
  await expect(page.getByTestId('test-status-system')).toContainText('失败')
  await shot(page, 'zh-requirement-design-tests')
  await page.getByTestId('req-design-save').click()
  await expect(page.getByTestId('req-design-form')).toHaveCount(0)
  await expect(row(page, TITLE).getByTestId('req-test-system')).toHaveAttribute('data-status', 'failed')
  await expect(row(page, TITLE).getByTestId('req-test-unit')).toHaveAttribute('data-status', 'passed')
  await expect(row(page, TITLE).getByTestId('req-tests')).toHaveAttribute('title', /系统测试：失败/)

  // Saved: the drawer opens again with what was typed.
  await row(page, TITLE).getByTestId('req-design').click()
  await expect(page.getByTestId('design-technical')).toHaveValue('流式写 CSV，避免内存峰值')
  await expect(page.getByTestId('test-note-system')).toHaveValue('一万行时超时')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('req-design-form')).toHaveCount(0)

  for (const status of ['confirmed', 'designed', 'in_development', 'in_test']) {
    await moveTo(page, TITLE, status)
    await expect(row(page, TITLE)).toHaveAttribute('data-status', status)
  }
  // Released with a failed system test: the reason is asked for; cancelling leaves it in test.
  await moveTo(page, TITLE, 'released')
  await expect(page.getByTestId('req-reason-input')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('req-reason-input')).toHaveCount(0)
  await expect(row(page, TITLE)).toHaveAttribute('data-status', 'in_test')
  await moveTo(page, TITLE, 'released')
  await expect(page.getByTestId('req-reason-input')).toBeVisible()
  await expect(page.getByTestId('req-reason-ok')).toBeDisabled()
  await page.getByTestId('req-reason-input').fill(REASON)
  await shot(page, 'zh-requirement-release-reason')
  await page.getByTestId('req-reason-ok').click()
  await expect(page.getByTestId('req-reason-input')).toHaveCount(0)
  await expect(row(page, TITLE)).toHaveAttribute('data-status', 'released')
  await expect(row(page, TITLE).getByTestId('req-status')).toHaveText('已发布')

  await page.getByTestId('tab-history').click()
  const history = page.getByTestId('customer-history')
  await expect(history).toContainText('测试中 → 已发布')
  await expect(history).toContainText('系统测试：未开始 → 失败') // nested changes in words, not JSON
  await expect(history).not.toContainText('"status"')
  await expect(page.getByTestId('history-note').filter({ hasText: REASON })).toHaveCount(1)
  await expect(page.getByTestId('history-note').first()).toContainText(`原因：${REASON}`)
  await shot(page, 'zh-requirement-history')
})
