import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { choose, guardEveryTest, newCustomer, open, setLanguage, shot, todayISO } from './helpers'

// Maintenance contracts (维保合同) on the customer page's Service tab, and the contract renewal
// reminders on the home page: a contract ending in about 20 days is due for renewal at the
// 30-day step until a following contract renews it. The first contract of a lead offers to mark
// it a customer. Makes its own customer (the files share one
// database); the steps build on each other.
test.describe.configure({ mode: 'serial' })

const NAME = '维保合同测试科技有限公司'
const START = '2026-01-01'
const END = todayISO(20) // in the 30-day reminder step
let customerHash = ''
let firstRef = ''
guardEveryTest()

/** Types a date into a Naive date picker. */
async function setDate(page: Page, testid: string, date: string) {
  const input = page.getByTestId(testid).locator('input')
  await input.fill(date)
  await input.press('Enter')
  await expect(input).toHaveValue(date)
}

/** The day after / a year after a YYYY-MM-DD date. */
function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00`)
  d.setDate(d.getDate() + days)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

async function fillContract(page: Page, tier: string, start: string, end: string, hours: string, price: string) {
  await expect(page.getByTestId('contract-form')).toBeVisible()
  if (tier) await choose(page, 'contract-tier', tier)
  await setDate(page, 'contract-start', start)
  await setDate(page, 'contract-end', end)
  await page.getByTestId('contract-hours-input').fill(hours)
  await page.getByTestId('contract-price').fill(price)
}

const renewalOf = (page: Page) => page.getByTestId('renewal-row').filter({ hasText: NAME })

test('a new customer has no contract: its tickets would be out of contract', async ({ page }) => {
  await setLanguage(page, 'en')
  customerHash = await newCustomer(page, NAME)
  await page.getByTestId('tab-service').click()
  await expect(page.getByTestId('tab-service')).toHaveText('Service')
  const card = page.getByTestId('contracts-card')
  await expect(card).toContainText('Maintenance contracts')
  await expect(page.getByTestId('contracts-empty')).toContainText('No maintenance contract yet')
  await expect(page.getByTestId('contracts-empty')).toContainText('out of contract')
})

test('adds a 5x8 contract, edits it to 7x24, and keeps the input when the dates are out of order', async ({ page }) => {
  await open(page, `${customerHash}?tab=service`)
  await page.getByTestId('contract-new').click()
  // The tier list names each tier's SLA policy.
  await page.getByTestId('contract-tier').click()
  await expect(page.locator('.n-base-select-option', { hasText: '7x24' }).first()).toContainText('SLA policy')
  await page.locator('.n-base-select-option', { hasText: '5x8' }).first().click()
  await fillContract(page, '', START, END, '40', '12000')
  await page.getByTestId('contract-notes').fill('首年维保，含 **40 小时** 现场支持')
  await page.getByTestId('contract-save').click()
  // Still a lead with a signed contract: the app offers the move, which the user takes.
  await expect(page.getByTestId('customer-stage')).toHaveText('Lead')
  await expect(page.getByTestId('stage-offer-body')).toHaveText(`${NAME} has signed a maintenance contract but is still marked “Lead”. Mark it as “Customer”?`)
  await shot(page, 'stage-offer-contract')
  await page.getByTestId('stage-offer-yes').click()
  await expect(page.getByTestId('customer-stage')).toHaveText('Customer')

  const row = page.getByTestId('contract-row')
  await expect(row).toHaveCount(1)
  firstRef = (await row.getByTestId('contract-ref').innerText()).trim()
  expect(firstRef).toMatch(/^MC-\d{4}$/)
  await expect(row.getByTestId('contract-tier-name')).toHaveText('5x8')
  await expect(row.getByTestId('contract-status')).toHaveText('In force')
  await expect(row.getByTestId('contract-hours')).toContainText('0.0 / 40 h')
  await expect(row.getByTestId('contract-price-text')).toContainText('12,000.00')
  await expect(row.getByTestId('contract-period')).toContainText('1 Jan 2026')

  await row.getByTestId('contract-edit').click()
  await expect(page.getByTestId('contract-hours-input')).toHaveValue('40')
  await choose(page, 'contract-tier', '7x24')
  await page.getByTestId('contract-save').click()
  await expect(page.getByTestId('contract-form')).toBeHidden()
  await expect(row.getByTestId('contract-tier-name')).toHaveText('7x24')

  // End before start: the message goes under the end date and the form keeps what was typed.
  await row.getByTestId('contract-edit').click()
  await setDate(page, 'contract-end', '2025-12-01')
  await page.getByTestId('contract-hours-input').fill('45')
  await page.getByTestId('contract-save').click()
  await expect(page.getByTestId('error-endDate')).toHaveText('This date cannot be before 2026-01-01.')
  await expect(page.getByTestId('contract-end').locator('input')).toHaveValue('2025-12-01')
  await expect(page.getByTestId('contract-hours-input')).toHaveValue('45')
  await expect(page.getByTestId('contract-notes')).toHaveValue('首年维保，含 **40 小时** 现场支持')
  await shot(page, 'contract-form-error')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('contract-form')).toBeHidden()
  // Nothing was saved.
  await expect(row.getByTestId('contract-hours')).toContainText('0.0 / 40 h')
  await expect(row.getByTestId('contract-status')).toHaveText('In force')
  await shot(page, 'customer-service-tab')
})

test('the home page reminds of the renewal until a following contract renews it', async ({ page }) => {
  await open(page, '/')
  const card = page.getByTestId('renewals-card')
  await expect(card).toContainText('Contract renewals')
  await expect(renewalOf(page)).toHaveCount(1)
  await expect(renewalOf(page).getByTestId('renewal-ref')).toHaveText(firstRef)
  await expect(renewalOf(page).getByTestId('renewal-tier')).toHaveText('7x24')
  await expect(renewalOf(page).getByTestId('renewal-step')).toHaveText('≤ 30 days')
  await expect(renewalOf(page).getByTestId('renewal-step')).toHaveAttribute('data-step', '30')
  await expect(renewalOf(page).getByTestId('renewal-days')).toHaveText('in 20 days')
  await shot(page, 'home-renewals')

  // The customer's name opens its Service tab.
  await renewalOf(page).getByTestId('renewal-customer').click()
  await expect(page.getByTestId('contracts-card')).toBeVisible()
  expect(page.url()).toContain('tab=service')

  await page.getByTestId('contract-new').click()
  await fillContract(page, '5x8', plusDays(END, 1), plusDays(END, 365), '60', '15000')
  await page.getByTestId('contract-save').click()
  const rows = page.getByTestId('contract-row')
  await expect(rows).toHaveCount(2)
  // Already a customer: nothing to offer.
  await expect(page.getByTestId('stage-offer-body')).toHaveCount(0)
  // Newest start first: the renewal has not started yet.
  await expect(rows.first().getByTestId('contract-status')).toHaveText('Not started yet')
  await expect(rows.first().getByTestId('contract-hours')).toContainText('0.0 / 60 h')

  await open(page, '/')
  await expect(page.getByTestId('renewals-card')).toBeVisible()
  await expect(renewalOf(page)).toHaveCount(0)
})

test('deletes the renewal after confirming; a contract with tickets cannot be deleted', async ({ page }) => {
  await open(page, `${customerHash}?tab=service`)
  const rows = page.getByTestId('contract-row')
  await expect(rows).toHaveCount(2)
  // Already a customer: nothing to offer.
  await expect(page.getByTestId('stage-offer-body')).toHaveCount(0)
  await rows.first().getByTestId('contract-delete').click()
  await expect(page.getByTestId('confirm-body')).toContainText('MC-')
  await page.getByTestId('confirm-delete').click()
  await expect(rows).toHaveCount(1)
  await expect(rows.first().getByTestId('contract-ref')).toHaveText(firstRef)

  await open(page, '/')
  await expect(renewalOf(page)).toHaveCount(1)

  // A ticket opened now falls under the contract in force (the ticket screens are elsewhere:
  // opened through the bindings).
  await page.evaluate(async (customerId) => {
    const api = (window as unknown as { go: { api: Record<string, Record<string, (a: unknown) => Promise<unknown>>> } }).go.api
    await api.Tickets.Create({ customerId, title: '维保合同测试工单' })
  }, customerHash.split('/').pop())
  await open(page, `${customerHash}?tab=service`)
  await rows.first().getByTestId('contract-delete').click()
  await page.getByTestId('confirm-delete').click()
  await expect(page.locator('.n-message--error-type')).toContainText(`Tickets were opened under ${firstRef}: it cannot be deleted.`)
  await expect(rows).toHaveCount(1)
})

test('speaks Chinese', async ({ page }) => {
  await setLanguage(page, 'zh-CN')
  await open(page, `${customerHash}?tab=service`)
  await expect(page.getByTestId('tab-service')).toHaveText('服务')
  const card = page.getByTestId('contracts-card')
  await expect(card).toContainText('维保合同')
  await expect(card).toContainText('新建合同')
  await expect(card.getByTestId('contract-status')).toHaveText('生效中')
  await expect(card.getByTestId('contract-hours')).toContainText('0.0 / 40 小时')
  await expect(card.getByTestId('contract-period')).toContainText('2026-01-01 – ')
  await page.getByTestId('contract-edit').click()
  await expect(page.getByTestId('field-tierId')).toContainText('服务等级')
  await expect(page.getByTestId('field-endDate')).toContainText('结束日期')
  await page.keyboard.press('Escape')
  await shot(page, 'customer-service-tab-zh')

  // The customer's contracts go out as a CSV file named after the customer, in Chinese.
  await card.getByTestId('contracts-export').click()
  await page.getByTestId('contracts-export-csv').click()
  const done = page.getByText(/^已导出 \d+ 行到 /)
  await expect(done).toBeVisible()
  const path = (await done.innerText()).replace(/^已导出 \d+ 行到 /, '')
  expect(basename(path).startsWith(`${NAME}-维保合同-`)).toBe(true)
  const csv = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split('\r\n')
  expect(csv[0]).toBe('合同,服务等级,SLA 策略,开始日期,结束日期（最后生效日）,生效中,包含工时（小时）,已用工时（小时）,金额,备注')
  expect(csv[1]).toContain(`,${START},${END},是,40,0,`)

  await open(page, '/')
  await expect(page.getByTestId('renewals-card')).toContainText('合同续约提醒')
  await expect(renewalOf(page).getByTestId('renewal-step')).toHaveText('30 天内')
  await expect(renewalOf(page).getByTestId('renewal-days')).toHaveText('20 天后到期')
  await shot(page, 'home-renewals-zh')
  // The files share one database: leave the language as the next file expects it.
  await setLanguage(page, 'en')
})
