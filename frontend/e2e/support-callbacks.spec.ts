import { expect, test, type Page } from '@playwright/test'
import { guardEveryTest, newCustomer, newTicket, open, setLanguage, shot, todayISO } from './helpers'

guardEveryTest()

const CUSTOMER = '回访 e2e 华信软件'
const TICKET = '报表打开很慢'

async function openAndResolveTicket(page: Page, customer: string, title: string) {
  await newTicket(page, customer, title)
  await page.getByTestId('ticket-move').click()
  await page.getByTestId('ticket-move-resolved').click()
  await expect(page.getByTestId('ticket-status-tag')).toHaveAttribute('data-status', 'resolved')
}

test('a resolved ticket asks for a callback; its result adds up on the customer and a suggestion becomes a requirement', async ({ page }) => {
  await setLanguage(page, 'en')
  const route = await newCustomer(page, CUSTOMER)
  await openAndResolveTicket(page, CUSTOMER, TICKET)

  // Home: the callback, due tomorrow, with what it follows and a link to the ticket.
  await page.getByTestId('nav-home').click()
  const card = page.getByTestId('callbacks-card')
  await expect(card.getByTestId('callbacks-title')).toHaveText('Callbacks to make')
  const row = card.getByTestId('callback-row').filter({ hasText: CUSTOMER })
  await expect(row).toHaveCount(1)
  await expect(row).toHaveAttribute('data-source', 'ticket')
  await expect(row.getByTestId('callback-due')).toHaveAttribute('data-state', 'later')
  await expect(row.getByTestId('callback-source')).toContainText(`Ticket T-`)
  await expect(row.getByTestId('callback-source')).toContainText(TICKET)
  await expect(row.getByTestId('callback-source-link')).toHaveAttribute('href', /#\/tickets\//)
  await expect(row.getByTestId('callback-customer')).toHaveAttribute('href', /tab=service/)
  await shot(page, 'home-callbacks')

  // Record: no score is refused under its field; then 4 stars, NPS 9 and the comments.
  await row.getByTestId('callback-record').click()
  await expect(page.getByTestId('callback-form')).toBeVisible()
  await expect(page.getByTestId('callback-nps')).toHaveAttribute('data-value', '-1')
  await page.getByTestId('callback-save').click()
  await expect(page.getByTestId('error-score')).toContainText('between 1 and 5')
  await page.getByTestId('callback-contact').fill('王工（信息部）')
  await page.getByTestId('callback-score').locator('.n-rate__item').nth(3).click()
  await expect(page.getByTestId('callback-score')).toHaveAttribute('data-value', '4')
  await expect(page.getByTestId('error-score')).toHaveCount(0)
  await page.getByTestId('callback-nps-9').click()
  await expect(page.getByTestId('callback-nps')).toHaveAttribute('data-value', '9')
  await page.getByTestId('callback-comments').fill('希望报表能导出 PDF\n\n其他都**很好**。')
  await shot(page, 'callback-form')
  await page.getByTestId('callback-save').click()
  await expect(page.locator('.n-message').filter({ hasText: /Callback CB-\d{4} recorded/ })).toBeVisible()
  await expect(page.getByTestId('callback-form')).toBeHidden()
  await expect(card.getByTestId('callback-row').filter({ hasText: CUSTOMER })).toHaveCount(0)

  // The customer's Service tab: the satisfaction summary and the done callback.
  await open(page, `${route}?tab=service`)
  const mine = page.getByTestId('customer-callbacks')
  await expect(mine.getByTestId('satisfaction-score')).toHaveText('4 / 5')
  await expect(mine.getByTestId('satisfaction-nps')).toHaveText('+100')
  await expect(mine.getByTestId('satisfaction-answers')).toHaveText('1 answer')
  await expect(mine.getByTestId('satisfaction-recorded')).toHaveText('1 callback recorded')
  const done = mine.getByTestId('customer-callback')
  await expect(done).toHaveCount(1)
  await expect(done).toHaveAttribute('data-done', 'true')
  await expect(done.getByTestId('callback-score-view')).toHaveAttribute('data-value', '4')
  await expect(done.getByTestId('callback-nps-view')).toHaveText('NPS 9')
  await expect(done.locator('strong')).toHaveText('很好') // the comments render as Markdown
  await expect(done.getByTestId('callback-contact-text')).toContainText('王工（信息部）')

  // A suggestion becomes a draft requirement of the customer.
  await done.getByTestId('callback-suggest').click()
  await expect(page.getByTestId('suggestion-title')).toHaveValue('希望报表能导出 PDF')
  await page.getByTestId('suggestion-title').fill('')
  await page.getByTestId('suggestion-save').click()
  await expect(page.getByTestId('error-title')).toBeVisible()
  await page.getByTestId('suggestion-title').fill('报表导出 PDF')
  await page.getByTestId('suggestion-save').click()
  const toast = page.locator('.n-message').filter({ hasText: /Draft requirement R-\d{4} created/ })
  await expect(toast).toBeVisible()
  const ref = (await toast.innerText()).match(/R-\d{4}/)![0]
  await expect(done.getByTestId('callback-requirements')).toHaveText('1 requirement made of it')
  await mine.scrollIntoViewIfNeeded()
  await shot(page, 'customer-callbacks')

  // The tab is clicked once the suggestion's form has gone: a click on its closing mask is lost.
  await expect(page.getByTestId('suggestion-title')).toBeHidden()
  await page.getByTestId('tab-requirements').click()
  const req = page.getByTestId('req-row').filter({ hasText: '报表导出 PDF' })
  await expect(req).toHaveCount(1)
  await expect(req).toContainText(ref)

  // In Chinese, the home card speaks Chinese.
  await setLanguage(page, 'zh-CN')
  await open(page, '/')
  await expect(page.getByTestId('callbacks-card').getByTestId('callbacks-title')).toHaveText('待回访')
  await shot(page, 'home-callbacks-zh')

  // This month of the dashboard's satisfaction trend (its last column) opens the callbacks made
  // in it, each under its customer.
  await open(page, '/dashboard')
  const chart = page.getByTestId('chart-satisfaction').locator('canvas').first()
  const box = (await chart.boundingBox())!
  await chart.click({ position: { x: 40 + ((box.width - 84) * 11.5) / 12, y: box.height / 2 } }) // the grid leaves 40 px left, 44 right
  await expect(page).toHaveURL(new RegExp(`/callbacks\\?month=${todayISO().slice(0, 7)}$`))
  await expect(page.getByTestId('callbacks-month')).toContainText(todayISO().slice(0, 7))
  const made = page.getByTestId('done-callback').filter({ hasText: CUSTOMER })
  await expect(made.getByTestId('callback-score-view')).toHaveAttribute('data-value', '4')
  await expect(page.getByTestId('callbacks-total')).toContainText('次')
  await shot(page, 'callbacks-month')
  await made.getByTestId('done-callback-customer').click()
  await expect(page.getByTestId('customer-callbacks')).toBeVisible()
})
