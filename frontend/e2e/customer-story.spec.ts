import { expect, test } from '@playwright/test'
import { expectNoEnglish, guardEveryTest, newCustomer, newTicket, shot, setLanguage } from './helpers'

// The customer's story with the history folded in: a ticket's status moves are a change item
// worded as the history words them, and the ticket's page opens the story at the ticket.
guardEveryTest()

const CUSTOMER = '翠湖精工有限公司'
const TICKET = '翠湖产线扫码枪无响应'
const CONTACT = '翠湖王工'

test("a record's changes are in its customer's story, and its page opens the story at it", async ({ page }) => {
  await setLanguage(page, 'zh-CN')
  await newCustomer(page, CUSTOMER)
  await page.getByTestId('tab-contacts').click()
  await page.getByTestId('contact-add').click()
  await page.getByTestId('contact-input-name').fill(CONTACT)
  await page.getByTestId('contact-save').click()
  await expect(page.getByTestId('contact-name')).toHaveText(CONTACT)
  await newTicket(page, CUSTOMER, TICKET)
  await page.getByTestId('ticket-move').click()
  await page.getByTestId('ticket-move-resolved').click()
  await expect(page.getByTestId('ticket-status-tag')).toHaveAttribute('data-status', 'resolved')

  // The ticket's page: "客户全景" opens the customer's story at this ticket, marked.
  await page.getByTestId('story-link').click()
  await expect(page).toHaveURL(/tab=story/)
  const story = page.getByTestId('customer-story')
  const marked = story.locator('[data-testid=story-item].focused')
  await expect(marked.first()).toBeVisible()
  await expect(marked.first()).toContainText(TICKET)

  // The move is a change item under the day, in words: the kind of record, then old → new.
  const change = story.locator('[data-testid=story-item][data-kind=change]').filter({ hasText: TICKET })
  await expect(change).toContainText('变更')
  await expect(change).toContainText('工单')
  await expect(change.getByTestId('story-change').last()).toContainText('→ 已解决')
  await expect(story.locator('[data-testid=story-chip][data-kind=change]')).toContainText('变更')
  // A contact added is told as added, not as a change.
  const contact = story.locator('[data-testid=story-item][data-kind=change]').filter({ hasText: CONTACT })
  await expect(contact).toContainText('新增')
  await expect(contact).toContainText('联系人')
  await expect(contact.getByTestId('story-change')).toHaveCount(0)
  await expectNoEnglish(page, ['T-', 'C-', 'SLA'], '[data-testid=customer-story]')
  await shot(page, 'customer-story-changes')

  // A record with nothing in the story yet (here: no such record) says so instead of a silent top.
  await page.goto(page.url().replace(/focus=[^&]+/, 'focus=00000000-0000-4000-8000-000000000001'))
  await expect(story.getByTestId('story-focus-missing')).toBeVisible()
  await expect(story.locator('[data-testid=story-item].focused')).toHaveCount(0)

  // The chip keeps the changes only; a change opens its record.
  await story.locator('[data-testid=story-chip][data-kind=change]').click()
  await expect(story.locator('[data-testid=story-item]:not([data-kind=change])')).toHaveCount(0)
  await change.locator('a').click()
  await expect(page.getByTestId('ticket-heading')).toContainText(TICKET)
})
