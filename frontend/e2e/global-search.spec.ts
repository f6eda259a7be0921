import { expect, test } from '@playwright/test'
import { expectNoEnglish, guardEveryTest, logMeeting, newCustomer, newTicket, open, setLanguage, shot } from './helpers'

// The header's search over every kind of record (Ctrl+K): a two-character Chinese query finds a
// customer and a ticket, the keyboard opens the ticket; a pinyin query finds the customer by its
// name's initials. Its own customer and ticket (the files share one database).
guardEveryTest()

const CUSTOMER = '琉璃智造有限公司'
const TICKET = '琉璃车间打印机卡纸'

test('a Chinese query and a pinyin one find a customer and a ticket; the keyboard opens them', async ({ page }) => {
  await setLanguage(page, 'zh-CN')
  await newCustomer(page, CUSTOMER)
  await newTicket(page, CUSTOMER, TICKET)

  await open(page, '/')
  await page.keyboard.press('Control+k')
  await expect(page.getByTestId('global-search')).toBeFocused()
  await page.keyboard.type('琉璃')
  const results = page.getByTestId('search-results')
  await expect(results.locator('[data-testid=search-group][data-kind=customer]')).toContainText('客户 · 1')
  await expect(results.locator('[data-testid=search-group][data-kind=ticket]')).toContainText('工单 · 1')
  const ticket = results.locator('[data-testid=search-hit][data-kind=ticket]')
  await expect(ticket).toContainText(CUSTOMER) // its customer, under the ticket
  await expect(ticket.locator('mark')).toHaveText('琉璃')
  await shot(page, 'global-search')
  await expectNoEnglish(page, ['Enter', 'Esc', 'T-', 'C-'], '[data-testid=search-results]') // the page behind holds other specs' records
  // ↓ until the ticket is the one chosen, then Enter.
  for (let i = 0; i < 5 && !(await ticket.getAttribute('class'))?.includes('active'); i++) await page.keyboard.press('ArrowDown')
  await expect(ticket).toHaveClass(/active/)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/tickets\//)
  await expect(page.getByTestId('ticket-heading')).toContainText(TICKET)

  // The initials of the name in pinyin: the customer, said to be a pinyin match.
  await page.keyboard.press('Control+k')
  await page.keyboard.type('llzz')
  const customer = results.locator('[data-testid=search-hit][data-kind=customer]')
  await expect(customer).toContainText(CUSTOMER)
  await expect(customer).toContainText('拼音')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('customer-title')).toHaveText(CUSTOMER)

  // Enter pressed before the results came opens the best one of what was typed.
  await page.keyboard.press('Control+k')
  await page.keyboard.type('琉璃车间')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('ticket-heading')).toContainText(TICKET)

  // Nothing found says so; Esc closes the results.
  await page.keyboard.press('Control+k')
  await page.keyboard.type('<script>不存在的东西')
  await expect(page.getByTestId('search-empty')).toHaveText('没有找到“<script>不存在的东西”')
  await page.keyboard.press('Escape')
  await expect(results).toBeHidden()

  // The records opened lately, newest first: in the sidebar, and in the box while it is empty.
  await expect(page.getByTestId('recent-item').first()).toContainText(TICKET)
  await expect(page.getByTestId('recent-item').nth(1)).toContainText(CUSTOMER)
  await page.getByTestId('global-search').fill('')
  await expect(results.getByTestId('search-hit').first()).toContainText(TICKET)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('customer-title')).toHaveText(CUSTOMER)
})

// Words found only in texts: a line of a communication below its first, and a reply in a
// ticket's thread. Each shows the line it is in, marked; each opens where it is.
test('words in a communication\'s text and in a ticket\'s reply are found and open their record', async ({ page }) => {
  const customer = '玛瑙冷链物流有限公司'
  const ticket = '冷库网关离线'
  await setLanguage(page, 'zh-CN')
  await newCustomer(page, customer)
  await logMeeting(page, '季度例会\n讨论了翡翠冷库的温控报警，客户希望 Webhook 推送')
  await newTicket(page, customer, ticket)
  await page.getByTestId('entry-body').fill('已远程重启琥珀网关，请观察一天')
  await page.getByTestId('entry-add').click()
  await expect(page.getByTestId('thread-item').filter({ hasText: '琥珀网关' })).toHaveCount(1)

  await open(page, '/')
  await page.keyboard.press('Control+k')
  await page.keyboard.type('翡翠冷库')
  const results = page.getByTestId('search-results')
  const meeting = results.locator('[data-testid=search-hit][data-kind=interaction][data-field=body]')
  await expect(meeting).toHaveCount(1)
  await expect(meeting.getByTestId('search-snippet')).toContainText('正文：讨论了翡翠冷库的温控报警')
  await expect(meeting.getByTestId('search-snippet').locator('mark')).toHaveText('翡翠冷库')
  await expect(meeting).toContainText('季度例会') // its title is its first line
  await meeting.click()
  await expect(page).toHaveURL(/tab=interactions/)
  await expect(page.getByTestId('customer-title')).toHaveText(customer)
  await expect(page.getByTestId('interaction-item').filter({ hasText: '翡翠冷库' })).toBeVisible()

  // An English word in any case, in the same text.
  await page.keyboard.press('Control+k')
  await page.keyboard.type('WEBHOOK')
  await expect(meeting.getByTestId('search-snippet').locator('mark')).toHaveText('Webhook')

  await page.getByTestId('global-search').fill('琥珀网关')
  const reply = results.locator('[data-testid=search-hit][data-kind=ticket][data-field=body]')
  await expect(reply).toHaveCount(1)
  await expect(reply).toContainText(ticket)
  await expect(reply.getByTestId('search-snippet')).toHaveText('处理记录：已远程重启琥珀网关，请观察一天')
  await shot(page, 'global-search-bodies')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('ticket-heading')).toContainText(ticket)
  await expect(page).toHaveURL(/entry=/)
  const entry = page.getByTestId('thread-item').filter({ hasText: '琥珀网关' })
  await expect(entry).toHaveClass(/focused/)
  await expect(entry).toBeInViewport()
})
