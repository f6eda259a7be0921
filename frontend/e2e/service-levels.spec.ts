import { expect, test, type Page } from '@playwright/test'
import { choose, guardEveryTest, open, setLanguage, shot } from './helpers'

// Service levels in Settings: the seeded 5x8 and 7x24 policies and tiers, a new policy with a
// lunch break, a holiday and a 调休 working day, refused calendars with the backend's message under
// the week, a tier on the new policy, and the policy then refused deletion while the tier uses it.
// Makes its own policy and tier; the steps build on each other, so run in order.
test.describe.configure({ mode: 'serial' })

const POLICY = '5x8 华东'
const TIER = 'Gold 金牌'
guardEveryTest()

const section = (page: Page) => page.getByTestId('service-levels')
const policyRow = (page: Page, name: string) =>
  page.getByTestId('policy-row').filter({ has: page.getByTestId('policy-name-cell').getByText(name, { exact: true }) })
const tierRow = (page: Page, name: string) =>
  page.getByTestId('tier-row').filter({ has: page.getByTestId('tier-name-cell').getByText(name, { exact: true }) })
const day = (page: Page, d: number) => page.getByTestId(`policy-day-${d}`)

async function openSettings(page: Page) {
  await open(page, '/settings')
  await expect(section(page)).toBeVisible()
}

async function addDate(page: Page, kind: 'holiday' | 'workday', date: string) {
  await page.getByTestId(`${kind}-input`).locator('input').fill(date)
  await page.getByTestId(`${kind}-add`).click()
  await expect(page.getByTestId(`${kind}-item`).filter({ hasText: date })).toHaveCount(1)
}

test('shows the seeded policies and tiers', async ({ page }) => {
  await setLanguage(page, 'en')
  await openSettings(page)
  await expect(section(page)).toContainText('Service levels')
  await expect(policyRow(page, '5x8')).toContainText('Mon–Fri 09:00–12:00, 13:00–18:00 · China (Beijing) (UTC+8)')
  await expect(policyRow(page, '5x8').getByTestId('policy-p1-firstResponse')).toHaveText('1 h')
  await expect(policyRow(page, '5x8').getByTestId('policy-p1-resolution')).toHaveText('8 h')
  await expect(policyRow(page, '7x24').getByTestId('policy-summary')).toHaveText('7x24')
  await expect(policyRow(page, '7x24').getByTestId('policy-p1-firstResponse')).toHaveText('30 min')
  await expect(tierRow(page, '7x24').getByTestId('tier-policy-name')).toHaveText('7x24')
  await expect(tierRow(page, '5x8').first()).toBeVisible()
})

test('creates a policy with a lunch break, a holiday and a 调休 day; bad hours are refused with the reason', async ({ page }) => {
  await openSettings(page)
  await page.getByTestId('policy-new').click()
  await expect(page.getByTestId('policy-form')).toBeVisible()
  await page.getByTestId('policy-name').fill(POLICY)
  await expect(page.getByTestId('policy-always')).toBeVisible()

  // Tuesday cleared, then Monday's hours copied to Monday–Friday.
  await day(page, 2).getByTestId('interval-remove').first().click()
  await day(page, 2).getByTestId('interval-remove').first().click()
  await expect(day(page, 2).getByTestId('interval-start')).toHaveCount(0)
  await page.getByTestId('policy-copy-monday').click()
  await expect(day(page, 2).getByTestId('interval-start')).toHaveCount(2)
  await expect(day(page, 6).getByTestId('interval-start')).toHaveCount(0)
  await expect(day(page, 0).getByTestId('interval-start')).toHaveCount(0)
  await addDate(page, 'holiday', '2027-01-01')
  await addDate(page, 'workday', '2027-01-02')
  await page.getByTestId('target-P1-firstResponse').fill('30')
  await page.getByTestId('target-P1-resolution').fill('480')

  // Overlapping intervals on Monday: refused, the English reason under the week, nothing lost.
  const monday = day(page, 1)
  await monday.getByTestId('interval-end').first().fill('12:30')
  await monday.getByTestId('interval-start').nth(1).fill('12:00')
  await page.getByTestId('policy-save').click()
  await expect(page.getByTestId('error-week')).toHaveText('Two working intervals of the same day overlap.')
  await expect(monday.getByTestId('interval-end').first()).toHaveValue('12:30')
  await expect(page.getByTestId('policy-name')).toHaveValue(POLICY)
  await shot(page, 'policy-form')

  // A time that is no time of day.
  await monday.getByTestId('interval-end').first().fill('25:00')
  await page.getByTestId('policy-save').click()
  await expect(page.getByTestId('error-week')).toHaveText('09:00–25:00 is not a time of day (00:00 to 24:00).')

  await monday.getByTestId('interval-end').first().fill('12:00')
  await monday.getByTestId('interval-start').nth(1).fill('13:00')
  await page.getByTestId('policy-save').click()
  await expect(page.getByTestId('policy-form')).toHaveCount(0)
  const row = policyRow(page, POLICY)
  await expect(row.getByTestId('policy-summary')).toHaveText('Mon–Fri 09:00–12:00, 13:00–18:00 · China (Beijing) (UTC+8) · 1 holiday · 1 extra working day')
  await expect(row.getByTestId('policy-p1-firstResponse')).toHaveText('30 min')
  await expect(row.getByTestId('policy-p1-resolution')).toHaveText('8 h')

  // Opened again, it shows what was saved.
  await row.getByTestId('policy-edit').click()
  await expect(page.getByTestId('policy-name')).toHaveValue(POLICY)
  await expect(day(page, 5).getByTestId('interval-end')).toHaveCount(2)
  await expect(page.getByTestId('holiday-item')).toHaveText(['2027-01-01'])
  await expect(page.getByTestId('workday-item')).toHaveText(['2027-01-02'])
  await expect(page.getByTestId('target-P1-firstResponse')).toHaveValue('30')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('policy-form')).toHaveCount(0)
})

test('creates a tier on the new policy, and the policy then cannot be deleted', async ({ page }) => {
  await openSettings(page)
  await page.getByTestId('tier-new').click()
  await page.getByTestId('tier-name').fill(TIER)
  await choose(page, 'tier-policy', POLICY)
  await page.getByTestId('tier-description').fill('工作日 9–18 点，电话与邮件')
  await page.getByTestId('tier-save').click()
  await expect(page.getByTestId('tier-form')).toHaveCount(0)
  await expect(tierRow(page, TIER).getByTestId('tier-policy-name')).toHaveText(POLICY)

  await policyRow(page, POLICY).getByTestId('policy-delete').click()
  await page.getByTestId('confirm-delete').click()
  await expect(page.locator('.n-message').filter({ hasText: `The SLA policy ${POLICY} is used by a service tier or by tickets` })).toBeVisible()
  await expect(policyRow(page, POLICY)).toHaveCount(1)
  await section(page).scrollIntoViewIfNeeded()
  await shot(page, 'service-levels')
})

test('speaks Chinese', async ({ page }) => {
  await setLanguage(page, 'zh-CN')
  await openSettings(page)
  await expect(section(page)).toContainText('服务等级与 SLA')
  await expect(section(page)).toContainText('SLA 策略')
  await expect(section(page)).toContainText('服务等级')
  await expect(page.getByTestId('policy-new')).toHaveText('新建策略')
  await expect(policyRow(page, POLICY).getByTestId('policy-summary')).toHaveText('周一–周五 09:00–12:00、13:00–18:00 · 北京时间（UTC+8） · 1 个节假日 · 1 个调休上班日')
  await expect(policyRow(page, '7x24').getByTestId('policy-summary')).toHaveText('7×24 小时')
  await expect(policyRow(page, POLICY).getByTestId('policy-p1-resolution')).toHaveText('8 小时')
  await section(page).scrollIntoViewIfNeeded()
  await shot(page, 'zh-service-levels')
  await policyRow(page, POLICY).getByTestId('policy-edit').click()
  await expect(page.getByTestId('policy-form')).toContainText('调休上班日')
  await expect(page.getByTestId('policy-form')).toContainText('首次响应')
  await shot(page, 'zh-policy-form')
  await page.keyboard.press('Escape')
  await setLanguage(page, 'en')
})
