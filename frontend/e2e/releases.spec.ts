import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ARTIFACTS, choose, guardEveryTest, open, setLanguage, shot } from './helpers'

// Releases: a release delivers requirements of any customer; releasing it marks them released
// (a failed unit, integration or system test needs a reason); its notes are drafted from them. Makes its own customer
// and requirements through the bindings (names of its own: the files share one database); the
// steps build on each other, so run in order.
test.describe.configure({ mode: 'serial' })

const CUSTOMER = '版本发布测试软件有限公司'
const TITLES = ['发版·库存预警', '发版·批量导入', '发版·报表导出']
const FAILED = TITLES[2] // its system test failed
const UNIT_FAILED = TITLES[1] // its unit test failed
const VERSION = '2.1.0'
const XSS = '<img src=x onerror=alert(1)>'
const REASON = '客户确认报表问题不影响上线'
let customerId = ''
let releaseHash = ''
guardEveryTest()

/** A customer with three requirements in test, the second with a failed unit test, the last with a failed system test. */
async function seed(page: Page) {
  return page.evaluate(
    async ({ name, titles }) => {
      type Api = Record<string, Record<string, (...a: unknown[]) => Promise<Record<string, unknown> & { id: string }>>>
      const api = (window as unknown as { go: { api: Api } }).go.api
      const c = await api.Customers.Create({ name })
      for (const [i, title] of titles.entries()) {
        let r = await api.Requirements.Create({ customerId: c.id, title })
        for (const to of ['in_review', 'confirmed', 'designed', 'in_development', 'in_test']) r = await api.Requirements.Transition(r.id, to, '')
        if (i > 0) {
          const full = await api.Requirements.Get(r.id)
          const failed = i === titles.length - 1 ? { system: { status: 'failed', note: '导出超时' } } : { unit: { status: 'failed', note: '空文件用例失败' } }
          await api.Requirements.Update({ ...full, tests: { ...(full.tests as object), ...failed } })
        }
      }
      return c.id
    },
    { name: CUSTOMER, titles: TITLES },
  )
}

test('makes a customer with three requirements in test', async ({ page }) => {
  await setLanguage(page, 'zh-CN')
  customerId = await seed(page)
  await open(page, `/customers/${customerId}?tab=requirements`)
  await expect(page.getByTestId('req-row')).toHaveCount(3)
  for (const row of await page.getByTestId('req-row').all()) await expect(row).toHaveAttribute('data-status', 'in_test')
  await expect(page.getByTestId('req-row').filter({ hasText: FAILED }).getByTestId('req-tests')).toHaveAttribute('data-system', 'failed')
})

test('creates release 2.1.0 with the requirements picked by search', async ({ page }) => {
  await open(page, '/')
  await expect(page.getByTestId('nav-releases')).toHaveText('版本发布')
  await page.getByTestId('nav-releases').click()
  await page.getByTestId('new-release').click()
  await page.getByTestId('input-version').fill(VERSION)
  await page.getByTestId('input-name').fill('春季版')
  await page.getByTestId('input-knownIssues').fill(`报表导出偶尔超时 ${XSS}`)

  const picker = page.getByTestId('release-requirements')
  await picker.click()
  await picker.locator('input').fill('发版·')
  for (const title of TITLES) await page.locator('.n-base-select-option', { hasText: title }).click()
  // Chosen ones show as tags: "R-0001 title · customer".
  for (const title of TITLES) await expect(picker).toContainText(new RegExp(`R-\\d{4} ${title} · ${CUSTOMER}`))
  await page.keyboard.press('Escape') // closes the menu, not the drawer
  await shot(page, 'zh-release-form')
  // A new release has no saved requirements to draft from yet.
  await expect(page.getByTestId('release-draft-notes')).toBeDisabled()
  await page.getByTestId('release-save').click()

  await expect(page.getByTestId('release-title')).toHaveText(VERSION)
  releaseHash = new URL(page.url()).hash.slice(1)
  expect(releaseHash).toMatch(/^\/releases\/[0-9a-f-]{36}$/)
  await expect(page.getByTestId('release-status')).toHaveText('计划中')
  await expect(page.getByTestId('release-req-row')).toHaveCount(3)
  await expect(page.getByTestId('release-req-customer').first()).toContainText(CUSTOMER)

  // The payload of the known issues is text: no image, no alert (guardEveryTest).
  const issues = page.getByTestId('release-known-issues')
  await expect(issues).toContainText(XSS)
  await expect(issues.locator('img')).toHaveCount(0)

  await page.getByTestId('nav-releases').click()
  const row = page.getByTestId('release-row').filter({ hasText: VERSION })
  await expect(row.getByTestId('release-row-status')).toHaveText('计划中')
  await expect(row.getByTestId('release-row-requirements')).toHaveText('3')
})

test('refuses the same version written as 2.1, under the version field', async ({ page }) => {
  await open(page, '/releases')
  await page.getByTestId('new-release').click()
  await page.getByTestId('input-version').fill('2.1')
  await page.getByTestId('release-save').click()
  await expect(page.getByTestId('error-version')).toHaveText('版本 2.1 已存在。')
  await shot(page, 'zh-release-version-taken')
  await page.getByTestId('input-version').fill('2.1.x')
  await page.getByTestId('release-save').click()
  await expect(page.getByTestId('error-version')).toContainText('2.3.0')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('release-save')).toBeHidden()
  await expect(page.getByTestId('release-version').filter({ hasText: VERSION })).toHaveCount(1)
  await expect(page.getByTestId('release-version').filter({ hasText: /^2\.1$/ })).toHaveCount(0)
})

test('tests and releases it, giving the reason failed unit and system tests need', async ({ page }) => {
  await open(page, releaseHash)
  const status = page.getByTestId('release-status')
  await page.getByTestId('release-status-menu').click()
  await page.getByTestId('release-status-option-in_test').click()
  await expect(status).toHaveText('测试中')
  await expect(page.getByTestId('release-delete')).toHaveCount(0) // only a planned release can go

  // Cancelled: it stays in test.
  await page.getByTestId('release-status-menu').click()
  await page.getByTestId('release-status-option-released').click()
  // The question names each requirement with the test that failed.
  await expect(page.getByTestId('req-reason-hint')).toHaveText(/^测试未通过：R-\d{4}（单元测试）、R-\d{4}（系统测试）。如仍要发布，请填写原因。$/)
  await shot(page, 'zh-release-failed-tests-reason')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('req-reason-input')).toHaveCount(0)
  await expect(status).toHaveText('测试中')
  await expect(page.getByTestId('release-req-status').first()).toHaveText('测试中')

  await page.getByTestId('release-status-menu').click()
  await page.getByTestId('release-status-option-released').click()
  await expect(page.getByTestId('req-reason-ok')).toBeDisabled()
  await page.getByTestId('req-reason-input').fill(REASON)
  await page.getByTestId('req-reason-ok').click()
  await expect(status).toHaveText('已发布')
  await expect(page.getByTestId('release-req-status')).toHaveText(['已发布', '已发布', '已发布'])
  await expect(page.getByTestId('release-actual')).not.toContainText('—')

  // A shipped release keeps its requirements: the requirement is released on its customer too.
  await page.getByTestId('release-req-customer').first().click()
  await expect(page.getByTestId('customer-title')).toHaveText(CUSTOMER)
  await expect(page.getByTestId('req-row').filter({ hasText: FAILED })).toHaveAttribute('data-status', 'released')
  // The reason is in the history of every requirement it released, the one whose unit test failed too.
  await page.getByTestId('tab-history').click()
  const released = page.getByTestId('customer-history').locator('.n-timeline-item').filter({ hasText: UNIT_FAILED }).filter({ hasText: '测试中 → 已发布' })
  await expect(released.getByTestId('history-note')).toContainText(REASON)
})

test('drafts the release notes in Chinese and saves them', async ({ page }) => {
  await open(page, releaseHash)
  await page.getByTestId('release-edit').click()
  await expect(page.getByTestId('input-version')).toBeDisabled() // it shipped as 2.1.0
  await page.getByTestId('input-notes').fill('旧的说明')
  await choose(page, 'release-draft-lang', '中文')
  await page.getByTestId('release-draft-notes').click()
  // Notes already written are replaced only when the user agrees.
  await expect(page.getByTestId('confirm-body')).toBeVisible()
  await page.getByTestId('confirm-replace').click()
  const notes = page.getByTestId('input-notes')
  await expect(notes).toHaveValue(new RegExp(`^# ${VERSION.replaceAll('.', '\\.')} 版本说明`))
  for (const title of TITLES) await expect(notes).toHaveValue(new RegExp(`R-\\d{4} ${title}（${CUSTOMER}）`))
  await page.getByTestId('release-save').click()
  await expect(page.getByTestId('release-save')).toBeHidden()

  const shown = page.getByTestId('release-notes')
  await expect(shown.locator('h1')).toHaveText(`${VERSION} 版本说明`)
  await expect(shown.locator('li')).toHaveCount(3)
  await expect(page.getByTestId('release-known-issues')).toContainText(XSS)
  await shot(page, 'zh-release-detail')
})

test('exports the customer\'s release note, and shows it', async ({ page }) => {
  await open(page, releaseHash)
  await page.getByTestId('release-letter').click()
  const dialog = page.getByTestId('letter-export')
  await expect(dialog.getByTestId('letter-customer')).toContainText(CUSTOMER)
  await dialog.getByTestId('letter-format-html').click()
  await dialog.getByTestId('letter-lang-zh').click()
  await dialog.getByTestId('letter-export-go').click()
  await expect(dialog.getByTestId('letter-path')).toContainText(`版本发布说明-${CUSTOMER}-${VERSION}.html`)
  const path = (await dialog.getByTestId('letter-path').innerText()).trim()
  const html = readFileSync(path, 'utf8')
  for (const title of TITLES) expect(html).toContain(title)
  expect(html).toContain(`尊敬的${CUSTOMER}：`)
  expect(html).not.toContain(XSS) // the known issues' payload is text
  await dialog.getByTestId('letter-format-docx').click()
  await dialog.getByTestId('letter-export-go').click()
  await expect(dialog.getByTestId('letter-path')).toContainText('.docx')
  const docx = readFileSync((await dialog.getByTestId('letter-path').innerText()).trim())
  expect(docx.subarray(0, 2).toString('latin1')).toBe('PK')
  await page.goto(`file://${path}`)
  await expect(page.locator('h1')).toContainText(`版本发布说明 ${VERSION}`)
  await page.screenshot({ path: join(ARTIFACTS, 'zh-release-letter.png'), fullPage: true })
})

test('shows the release in English, and its list', async ({ page }) => {
  await setLanguage(page, 'en')
  await open(page, releaseHash)
  await expect(page.getByTestId('release-status')).toHaveText('Released')
  await expect(page.getByTestId('release-req-status').first()).toHaveText('Released')
  await page.getByTestId('nav-releases').click()
  await expect(page.getByTestId('nav-releases')).toHaveText('Releases')
  await expect(page.getByTestId('release-row').filter({ hasText: VERSION }).getByTestId('release-row-status')).toHaveText('Released')
  await shot(page, 'en-releases-list')
})
