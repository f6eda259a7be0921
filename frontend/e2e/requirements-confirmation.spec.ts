import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ARTIFACTS, choose, contrastOf, guardEveryTest, logMeeting, newCustomer, open, setLanguage, shot } from './helpers'

// The requirement analysis flow of the issue, end to end: three requirements from a meeting,
// review, the customer's confirmation as baseline v1, a change flagged and compared, and the
// requirement document exported as HTML and DOCX (the app writes exports into
// VENDORDESK_EXPORT_DIR, set by scripts/e2e.sh, instead of asking with a save dialog).
test.describe.configure({ mode: 'serial' })

const CUSTOMER = '需求确认测试股份公司'
const MEETING = '需求调研会：订单与报表'
const TITLES = ['订单批量导入', '报表导出为PDF', '移动端审批']
const XSS = '<img src=x onerror=alert(1)>'
const OLD_TEXT = '每月导出一次财务报表。'
const NEW_TEXT = '每周导出一次财务报表，并发送邮件。'
let customerHash = ''
guardEveryTest()

function row(page: Page, title: string) {
  return page.getByTestId('req-row').filter({ hasText: title })
}

async function openTab(page: Page, tab: string) {
  await open(page, customerHash)
  await page.getByTestId(`tab-${tab}`).click()
}

/** Exports from the open export dialog and returns the written file's path. */
async function exportAs(page: Page, format: 'docx' | 'html', lang: 'zh' | 'en'): Promise<string> {
  const dialog = page.getByTestId('doc-export')
  await expect(dialog).toBeVisible()
  await dialog.getByTestId(`doc-format-${format}`).click()
  await dialog.getByTestId(`doc-lang-${lang}`).click()
  await dialog.getByTestId('doc-export-go').click()
  await expect(dialog.getByTestId('doc-path')).toContainText(`.${format}`)
  return (await dialog.getByTestId('doc-path').innerText()).trim()
}

test('makes three requirements from a meeting and sends them to review', async ({ page }) => {
  await setLanguage(page, 'zh-CN')
  customerHash = await newCustomer(page, CUSTOMER)
  await logMeeting(page, MEETING)

  for (const title of TITLES) {
    await page.getByTestId('tab-interactions').click()
    await page.getByTestId('interaction-create-requirement').first().click()
    await expect(page.getByTestId('req-input-meeting')).toContainText(MEETING)
    await page.getByTestId('req-input-title').fill(title)
    if (title === TITLES[1]) await page.getByTestId('req-input-description').fill(OLD_TEXT)
    if (title === TITLES[0]) {
      await page.getByTestId('req-input-acceptance').getByText('添加验收标准').click()
      await page.getByTestId('req-input-acceptance-0').fill(XSS)
    }
    await page.getByTestId('requirement-save').click()
    await expect(row(page, title)).toBeVisible()
  }
  await expect(page.getByTestId('req-count-draft')).toHaveText('草稿 3')
  for (const title of TITLES) {
    await row(page, title).getByTestId('req-status-menu').click()
    await page.getByTestId('req-status-option-in_review').click()
    await expect(row(page, title).getByTestId('req-status')).toHaveText('评审中')
  }
  await expect(page.getByTestId('since-summary')).toHaveText('客户尚未确认这些需求。')
})

test('confirms baseline v1: the requirements in review become confirmed', async ({ page }) => {
  await openTab(page, 'confirmation')
  await expect(page.getByTestId('baseline-empty')).toBeVisible()
  await page.getByTestId('baseline-confirm').click()
  await page.getByTestId('baseline-save').click()
  await expect(page.getByTestId('error-confirmedBy')).toHaveText('此项为必填项。')
  await page.getByTestId('input-confirmedBy').fill('李明')
  await page.getByTestId('input-role').fill('信息中心主任')
  await page.getByTestId('baseline-save').click()
  await expect(page.getByTestId('baseline-row')).toHaveCount(1)
  await expect(page.getByTestId('baseline-version')).toHaveText('v1')
  await expect(page.getByTestId('baseline-summary')).toHaveText('3 条需求 · 新增 3，变更 0，删除 0')
  await shot(page, 'zh-baselines')

  // Confirming again with nothing changed is refused with the reason.
  await page.getByTestId('baseline-confirm').click()
  await page.getByTestId('input-confirmedBy').fill('李明')
  await page.getByTestId('baseline-save').click()
  await expect(page.locator('.n-message--error-type')).toContainText('自 v1 以来需求没有变化')
  await page.keyboard.press('Escape')

  await page.getByTestId('tab-requirements').click()
  await expect(page.getByTestId('req-count-confirmed')).toHaveText('已确认 3')
  await expect(page.getByTestId('since-summary')).toContainText('自 v1')
  await expect(page.getByTestId('req-since')).toHaveCount(0)
})

test('a changed requirement is flagged and compared word by word', async ({ page }) => {
  await openTab(page, 'requirements')
  await row(page, TITLES[1]).getByTestId('req-edit').click()
  await page.getByTestId('req-input-description').fill(NEW_TEXT)
  await page.getByTestId('requirement-save').click()
  await expect(row(page, TITLES[1]).getByTestId('req-since')).toHaveAttribute('data-since', 'changed')
  await expect(row(page, TITLES[1]).getByTestId('req-since')).toHaveText('v1 后变更')
  await expect(page.getByTestId('req-since')).toHaveCount(1)
  await expect(page.getByTestId('since-summary')).toContainText('变更 1，新增 0，删除 0')

  // The requirement's own history: the edit (old → new) and the moves through review.
  await row(page, TITLES[1]).getByTestId('req-history-open').click()
  const history = page.getByTestId('req-history')
  await expect(history).toContainText(`${OLD_TEXT} → ${NEW_TEXT}`)
  await expect(history).toContainText('评审中 → 已确认')
  await expect(history).toContainText('草稿 → 评审中')
  await page.keyboard.press('Escape')
  await expect(history).toBeHidden()

  await page.getByTestId('since-compare').click()
  const result = page.getByTestId('compare-result')
  await expect(result.getByTestId('compare-changed-item')).toHaveCount(1)
  await expect(result.getByTestId('compare-changed-item')).toContainText(TITLES[1])
  const diff = result.getByTestId('compare-field-description')
  await expect(diff.getByTestId('diff-del').first()).toContainText('月')
  await expect(diff.getByTestId('diff-ins').first()).toContainText('周')
  await expect(result.getByTestId('compare-added')).toHaveCount(0)
  await shot(page, 'zh-baseline-compare')
})

test('the comparison and the confirmation tab are readable in the dark theme', async ({ page }) => {
  const readable = (selector: string) =>
    expect.poll(() => contrastOf(page, selector), { message: `contrast of ${selector}` }).toBeGreaterThanOrEqual(4.5)
  await open(page, '/settings')
  const original = (await page.getByTestId('settings-theme').innerText()).trim()
  await choose(page, 'settings-theme', '深色')
  try {
    await openTab(page, 'requirements')
    await readable('[data-testid="since-summary"]')
    await page.getByTestId('since-compare').click()
    await readable('[data-testid="diff-del"]')
    await readable('[data-testid="diff-ins"]')
    await shot(page, 'dark-baseline-compare')
    await page.keyboard.press('Escape')
    await page.getByTestId('tab-confirmation').click()
    await readable('[data-testid="baseline-summary"]')
  } finally {
    await open(page, '/settings')
    await choose(page, 'settings-theme', original)
  }
})

test('exports the current document as HTML and DOCX, and v1 as confirmed', async ({ page }) => {
  await openTab(page, 'requirements')
  await page.getByTestId('since-export').click()
  const html = await exportAs(page, 'html', 'zh')
  const text = readFileSync(html, 'utf8')
  expect(text).toContain('需求规格说明书')
  expect(text).toContain('v2 草稿')
  for (const title of TITLES) expect(text).toContain(title)
  expect(text).toContain(NEW_TEXT)
  expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;')
  expect(text).not.toContain(XSS)

  const docx = await exportAs(page, 'docx', 'en')
  const bytes = readFileSync(docx)
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04')
  expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true)
  expect(docx).toMatch(/Requirements Specification.*\.docx$/)

  // The document of v1 reproduces what the customer confirmed, before the change.
  await page.getByTestId('doc-close').click()
  await expect(page.getByTestId('doc-export')).toBeHidden()
  await page.getByTestId('tab-confirmation').click()
  await page.getByTestId('baseline-export').click()
  const v1 = await exportAs(page, 'html', 'zh')
  const v1Text = readFileSync(v1, 'utf8')
  expect(v1Text).toContain(OLD_TEXT)
  expect(v1Text).not.toContain(NEW_TEXT)
  expect(v1Text).toContain('李明')

  // How the customer sees the document.
  await page.goto(`file://${html}`)
  await expect(page.locator('h1').first()).toContainText('需求规格说明书')
  await page.screenshot({ path: join(ARTIFACTS, 'zh-requirement-document.png'), fullPage: true })
})
