import { expect, test, type Page } from '@playwright/test'
import { guardEveryTest, newCustomer, open, setLanguage, shot } from './helpers'

// One instant, one way on the ticket page: the browser runs in Berlin while the SLA calendar
// keeps Beijing time. The thread and the SLA card show the same instant the same way (the
// computer's zone), and the card adds the calendar's time beside it. A long policy name leaves
// the card's title whole, and a clock met while waiting says so instead of "到期 —".
test.use({ timezoneId: 'Europe/Berlin' })
test.describe.configure({ mode: 'serial' })
guardEveryTest()

const CUSTOMER = '时区测试贸易有限公司'
const POLICY = '华东区重点客户工作日金牌服务策略（含节假日）'

// Round-the-clock working hours in Shanghai, so every clock counts and is met at once.
async function contract(page: Page, customerId: string): Promise<string> {
  return page.evaluate(
    async ({ customerId, policyName }) => {
      const go = (window as any).go.api
      const day = [{ start: '00:00', end: '24:00' }]
      const targets: Record<string, unknown> = {}
      for (const p of ['P1', 'P2', 'P3', 'P4']) targets[p] = { firstResponse: 60, nextResponse: 120, resolution: 480 }
      const policy = await go.ServiceLevels.SavePolicy({
        id: '00000000-0000-0000-0000-000000000000',
        name: policyName,
        calendar: { always: false, timeZone: 'Asia/Shanghai', week: [day, day, day, day, day, day, day], holidays: [], extraWorkdays: [] },
        targets,
      })
      const tier = await go.ServiceLevels.SaveTier({ id: '00000000-0000-0000-0000-000000000000', name: '金牌 e2e', policyId: policy.id, description: '' })
      await go.Contracts.Create({ customerId, tierId: tier.id, startDate: '2026-01-01', endDate: '2099-12-31', includedHours: 40, price: 12000, notes: '' })
      const t = await go.Tickets.Create({ customerId, title: '订单同步失败', priority: 'P2', kind: 'incident', channel: 'phone', description: '' })
      return t.id
    },
    { customerId, policyName: POLICY },
  )
}

let ticketRoute = ''
const clock = (page: Page, kind: string) => page.locator(`[data-testid="clock"][data-kind="${kind}"]`)

test('the thread and the SLA card show an instant one way, with Beijing time beside it', async ({ page }) => {
  await setLanguage(page, 'zh-CN')
  const id = (await newCustomer(page, CUSTOMER)).split('/').pop()!
  // Opened by its id: other specs' tickets share the title, and a queue row clicked before the
  // search lands would be one of theirs.
  ticketRoute = `/tickets/${await contract(page, id)}`
  await open(page, ticketRoute)
  await expect(page.getByTestId('ticket-heading')).toContainText('订单同步失败')

  // A reply meets the first response: the same instant in the thread and on the card.
  await page.getByTestId('entry-type-reply').click()
  await page.getByTestId('entry-body').fill('已收到，正在排查。')
  await page.getByTestId('entry-add').click()
  await expect(clock(page, 'first_response')).toHaveAttribute('data-state', 'met')
  const reply = page.getByTestId('thread-item').filter({ hasText: '已收到，正在排查。' })
  const threadTime = (await reply.locator('.head .vd-muted').innerText()).split('·').pop()!.trim()
  const met = clock(page, 'first_response').getByTestId('clock-line')
  await expect(met.getByTestId('clock-time').first()).toHaveText(threadTime)
  // Beside it, the calendar's time: what a Berlin wall clock reading threadTime shows in Beijing.
  const beijing = await page.evaluate((local) => {
    const d = new Date(local.replace(' ', 'T')) // the browser's zone: Berlin
    return new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d)
  }, threadTime)
  await expect(met.getByTestId('clock-zone-note').first()).toHaveText(new RegExp(`^（北京时间 (\\d\\d-\\d\\d )?${beijing}）$`))
  expect(beijing).not.toBe(threadTime.slice(-5)) // Berlin and Beijing never read alike
  await expect(met).toContainText('已于')

  // The policy line names the zone the way people do, never "Asia/Shanghai".
  await expect(page.getByTestId('clocks-policy')).toHaveText(`${POLICY} · 北京时间`)
  // The long name leaves the title whole: one line, as wide as its text.
  const title = page.getByTestId('clocks-card').locator('.n-card-header__main')
  const box = (await title.boundingBox())!
  expect(box.width).toBeGreaterThan(50)
  expect(box.height).toBeLessThan(30)
  await page.getByTestId('clocks-card').scrollIntoViewIfNeeded()
  await shot(page, 'zh-ticket-time-zones')

  // The explanation reads in Berlin time too, with Beijing time beside each stretch.
  await clock(page, 'first_response').getByTestId('clock-why').click()
  await expect(clock(page, 'first_response').getByTestId('span-zone-note').first()).toContainText('北京时间')
})

test('a clock met while waiting says when and after how long, not "到期 —"', async ({ page }) => {
  await open(page, ticketRoute)
  await page.getByTestId('ticket-move').click()
  await page.getByTestId('ticket-move-waiting_customer').click()
  await expect(clock(page, 'resolution')).toHaveAttribute('data-state', 'paused')
  await page.getByTestId('ticket-move').click()
  await page.getByTestId('ticket-move-resolved').click()
  await expect(clock(page, 'resolution')).toHaveAttribute('data-state', 'met')
  const line = clock(page, 'resolution').getByTestId('clock-line')
  await expect(line).toContainText('等待期间（计时已暂停）于')
  await expect(line).toContainText('用时')
  await expect(line).not.toContainText('—')
  await shot(page, 'zh-ticket-met-while-waiting')
})
