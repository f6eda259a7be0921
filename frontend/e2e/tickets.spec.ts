import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { guardEveryTest, newCustomer, newTicket, open, setLanguage, shot } from './helpers'

guardEveryTest()

// The app's clock is the real one, so "outside working hours" is made so: the test's business-
// hours policy works one hour a day, starting three hours from now (Shanghai time). Setting up the
// policy, tier and contract goes through the bound calls; the ticket flow goes through the UI.
async function contractOutsideHours(page: Page, customerId: string) {
  await page.evaluate(async (customerId) => {
    const go = (window as any).go.api
    const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', hourCycle: 'h23' }).format(new Date()))
    const start = (hour + 3) % 24
    const pad = (n: number) => String(n).padStart(2, '0')
    const day = [{ start: `${pad(start)}:00`, end: `${pad(start + 1)}:00` }]
    const targets: Record<string, unknown> = {}
    for (const p of ['P1', 'P2', 'P3', 'P4']) targets[p] = { firstResponse: 60, nextResponse: 120, resolution: 480 }
    const policy = await go.ServiceLevels.SavePolicy({
      id: '00000000-0000-0000-0000-000000000000',
      name: '5x8 e2e',
      calendar: { always: false, timeZone: 'Asia/Shanghai', week: [day, day, day, day, day, day, day], holidays: [], extraWorkdays: [] },
      targets,
    })
    const tier = await go.ServiceLevels.SaveTier({ id: '00000000-0000-0000-0000-000000000000', name: 'Basic e2e', policyId: policy.id, description: '' })
    await go.Contracts.Create({ customerId, tierId: tier.id, startDate: '2026-01-01', endDate: '2099-12-31', includedHours: 40, price: 12000, notes: '' })
  }, customerId)
}

const openTicket = (page: Page, customer: string, title: string, priority = 'P1 Urgent', kind = 'Incident') => newTicket(page, customer, title, { priority, kind })

async function move(page: Page, status: string) {
  await page.getByTestId('ticket-move').click()
  await page.getByTestId(`ticket-move-${status}`).click()
  await expect(page.getByTestId('ticket-status-tag')).toHaveAttribute('data-status', status)
}

async function addEntry(page: Page, type: string, body: string, minutes?: number) {
  await page.getByTestId(`entry-type-${type}`).click()
  await page.getByTestId('entry-body').fill(body)
  if (minutes) await page.getByTestId('entry-minutes').fill(String(minutes))
  await page.getByTestId('entry-add').click()
  await expect(page.getByTestId('thread-item').filter({ hasText: body })).toHaveCount(1)
}

const clock = (page: Page, kind: string) => page.locator(`[data-testid="clock"][data-kind="${kind}"]`)

test('a P1 ticket on a business-hours contract, opened outside hours, through to resolution', async ({ page }) => {
  const id = (await newCustomer(page, '鹏程智造 工单')).split('/').pop()!
  await contractOutsideHours(page, id)
  const title = '生产线停机 <img src=x onerror=alert(1)>'
  await openTicket(page, '鹏程智造 工单', title)

  await expect(page.getByTestId('ticket-status-tag')).toHaveAttribute('data-status', 'new')
  await expect(page.getByTestId('ticket-out-of-contract')).toHaveCount(0)
  await expect(page.getByTestId('clocks-policy')).toContainText('5x8 e2e')
  // Opened outside hours: the first response runs, and the explanation starts with the time
  // skipped until the working hour begins, then counts that hour.
  await expect(clock(page, 'first_response')).toHaveAttribute('data-state', 'running')
  await clock(page, 'first_response').getByTestId('clock-why').click()
  const spans = clock(page, 'first_response').getByTestId('clock-span')
  await expect(spans.first()).toHaveAttribute('data-kind', 'after_hours')
  await expect(spans.last()).toHaveAttribute('data-kind', 'counted')
  await expect(spans.last()).toContainText('1 h')
  await expect(clock(page, 'first_response').getByTestId('clock-line')).toContainText('Due')
  await shot(page, 'ticket-opened-outside-hours')

  // A reply answers the first response and opens the ticket.
  await addEntry(page, 'reply', '已收到，工程师正在排查。', 15)
  await expect(page.getByTestId('ticket-status-tag')).toHaveAttribute('data-status', 'open')
  await expect(clock(page, 'first_response')).toHaveAttribute('data-state', 'met')
  await expect(page.getByTestId('fact-spent')).toHaveText('15 min')

  // Waiting on the customer pauses the resolution clock; their message ends the wait.
  await move(page, 'waiting_customer')
  await expect(clock(page, 'resolution')).toHaveAttribute('data-state', 'paused')
  await addEntry(page, 'customer', '日志已发送，请查收。')
  await expect(page.getByTestId('ticket-status-tag')).toHaveAttribute('data-status', 'open')
  await expect(clock(page, 'next_response')).toHaveAttribute('data-state', 'running')
  await addEntry(page, 'note', '内部：补丁 2.3.1 已打包', 30)
  await addEntry(page, 'call', '电话确认补丁已生效')
  await expect(clock(page, 'next_response')).toHaveAttribute('data-state', 'met')

  await move(page, 'resolved')
  await expect(clock(page, 'resolution')).toHaveAttribute('data-state', 'met')
  await expect(page.getByTestId('fact-spent')).toHaveText('45 min')
  // The thread: opened, reply, the status changes and entries, in order.
  const actions = await page.getByTestId('thread-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')))
  expect(actions).toEqual(['create', 'reply', 'update', 'update', 'update', 'customer', 'note', 'call', 'update'])
  await expect(page.getByTestId('thread-change').filter({ hasText: 'Waiting on customer' }).first()).toBeVisible()
  await shot(page, 'ticket-resolved')

  // Closed, it takes no reply; reopened, it does.
  await move(page, 'closed')
  await page.getByTestId('entry-type-reply').click()
  await page.getByTestId('entry-body').fill('还有其他问题吗？')
  await page.getByTestId('entry-add').click()
  await expect(page.locator('.n-message').filter({ hasText: 'is closed: reopen it first' })).toBeVisible()
  await move(page, 'open')

  // The queue: the ticket is open again, with its customer; the title stays text.
  await page.getByTestId('nav-tickets').click()
  await page.getByTestId('ticket-search').fill('鹏程')
  await expect(page.getByTestId('ticket-row')).toHaveCount(1)
  await expect(page.getByTestId('ticket-title-cell')).toHaveText(title)
  await shot(page, 'ticket-queue')

  // The queue as filtered goes out as a CSV file in the interface's words.
  await page.getByTestId('tickets-export').click()
  await page.getByTestId('tickets-export-csv').click()
  const done = page.getByText(/^Exported 1 row to /)
  await expect(done).toBeVisible()
  const text = readFileSync((await done.innerText()).replace(/^Exported 1 row to /, ''), 'utf8')
  expect(text.startsWith('\uFEFF')).toBe(true) // the byte order mark Excel needs for Chinese
  const csv = text.trim().split('\r\n')
  expect(csv[0]).toBe('No.,Title,Customer,Kind,Priority,Status,Channel,SLA due,SLA breached,Time spent (minutes),Created,Updated')
  expect(csv).toHaveLength(2)
  expect(csv[1]).toContain(title)

  // Home counts the queues; a click opens the open queue.
  await page.getByTestId('nav-home').click()
  await expect(page.getByTestId('support-open')).toHaveAttribute('data-count', /^[1-9]/)
  await page.getByTestId('support-open').click()
  await expect(page.getByTestId('ticket-view-open')).toHaveClass(/active/)
  await expect(page.getByTestId('ticket-row').first()).toBeVisible()
})

test('a customer without a contract is out of contract; bad input is refused in place', async ({ page }) => {
  await newCustomer(page, 'Harbor 无合同')
  await page.getByTestId('nav-tickets').click()
  await page.getByTestId('new-ticket').click()
  // The empty fields say what an empty one means, never Naive's generic "Please Input".
  await expect(page.getByTestId('ticket-release')).toContainText('The version in production (default)')
  await expect(page.getByTestId('ticket-contact')).toContainText('—')
  await expect(page.getByTestId('ticket-title')).not.toHaveAttribute('placeholder', /Please/)
  await page.getByTestId('ticket-save').click()
  await expect(page.getByTestId('error-customerId')).toContainText('required')
  await page.getByTestId('ticket-customer').click()
  await page.keyboard.type('Harbor 无合同')
  await page.locator('.n-base-select-option').filter({ hasText: 'Harbor 无合同' }).first().click()
  await page.getByTestId('ticket-save').click()
  await expect(page.getByTestId('error-title')).toContainText('required')
  await page.getByTestId('ticket-title').fill('How to configure SSO?')
  await page.getByTestId('ticket-save').click()
  await expect(page.getByTestId('ticket-out-of-contract')).toBeVisible()
  await expect(page.getByTestId('clocks-none')).toContainText('Out of contract')

  // An entry needs words; minutes stay within a day.
  await page.getByTestId('entry-add').click()
  await expect(page.getByTestId('error-body')).toContainText('required')
  await page.getByTestId('entry-body').fill('Sent the SSO guide.')
  await page.getByTestId('entry-add').click()
  await expect(page.getByTestId('thread-item').filter({ hasText: 'Sent the SSO guide.' })).toHaveCount(1)

  // In Chinese.
  await setLanguage(page, 'zh-CN')
  await open(page, '/tickets')
  await expect(page.getByTestId('ticket-view-open')).toContainText('未完成')
  await page.getByTestId('ticket-row').filter({ hasText: 'How to configure SSO?' }).click()
  await expect(page.getByTestId('ticket-out-of-contract')).toHaveText('合同外')
  await setLanguage(page, 'en')
})

// Feature upgrades (功能升级): a feature request becomes a requirement of its customer; another
// customer's request for the same thing links to it, and the requirement counts both customers
// and their contracts' value.
test('a feature request becomes a requirement, and a second customer asking for it is counted', async ({ page }) => {
  const a = (await newCustomer(page, '华东制造 功能')).split('/').pop()!
  const b = (await newCustomer(page, 'Northwind 功能')).split('/').pop()!
  await page.evaluate(
    async ([a, b]) => {
      const go = (window as any).go.api
      const levels = await go.ServiceLevels.List()
      const tier = levels.tiers.find((t: { name: string }) => t.name === '5x8')
      for (const [customerId, price] of [[a, 12000], [b, 30000]] as const) {
        await go.Contracts.Create({ customerId, tierId: tier.id, startDate: '2026-01-01', endDate: '2099-12-31', includedHours: 0, price, notes: '' })
      }
    },
    [a, b],
  )
  await openTicket(page, '华东制造 功能', '批量导入订单', 'P3 Normal', 'Feature request')
  await page.getByTestId('feature-convert').click()
  await expect(page.getByTestId('feature-requirement')).toContainText('批量导入订单')
  await expect(page.getByTestId('feature-requirement-status')).toHaveText('Draft')
  await expect(page.getByTestId('demand-summary')).toContainText('Asked by 1 customer')
  const ref = (await page.getByTestId('feature-requirement-link').textContent())!.split(' · ')[0]

  await openTicket(page, 'Northwind 功能', 'Bulk order import', 'P3 Normal', 'Feature request')
  await page.getByTestId('feature-link').click()
  await page.keyboard.type('批量导入')
  await page.locator('.n-base-select-option').filter({ hasText: ref }).first().click()
  await expect(page.getByTestId('feature-requirement')).toContainText(ref)
  await expect(page.getByTestId('demand-summary')).toContainText('Asked by 2 customers')
  await expect(page.getByTestId('demand-summary')).toContainText('42,000')
  await expect(page.getByTestId('demand-asker')).toHaveCount(2)
  await shot(page, 'ticket-feature-linked')

  // The requirement is the first customer's, with the ticket as its source.
  await page.getByTestId('feature-requirement-link').click()
  await expect(page.getByTestId('customer-title')).toHaveText('华东制造 功能')
  await expect(page.getByText('批量导入订单').first()).toBeVisible()
})
