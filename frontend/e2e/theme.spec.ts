import { expect, test, type Page } from '@playwright/test'
import { choose, contrastOf, expectCustomerTableFits, guardEveryTest, open, shot } from './helpers'

// The dark theme, screen by screen: text must stay readable (no light colours hard-coded for a
// white page). Makes the customers it shows (one with an overdue follow-up for the home page),
// whatever specs ran before it on its worker's app, and puts the theme back as it found it.
test.describe.configure({ mode: 'serial' })

const NAME = '深色主题测试有限公司'
let original = ''
guardEveryTest()

async function setTheme(page: Page, label: string) {
  await open(page, '/settings')
  await choose(page, 'settings-theme', label)
  await expect(page.getByTestId('settings-theme')).toContainText(label)
}

/** Text on the dark page is readable. Polled: Naive UI fades colours in over 0.3 s. */
async function expectReadable(page: Page, selector: string) {
  await expect.poll(() => contrastOf(page, selector), { message: `contrast of ${selector}` }).toBeGreaterThanOrEqual(4.5)
}

test('switches to the dark theme', async ({ page }) => {
  await open(page, '/settings')
  original = (await page.getByTestId('settings-theme').innerText()).trim()
  await setTheme(page, 'Dark')
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(16, 16, 20)')
  await expectReadable(page, '[data-testid="settings-form"] label')
  await shot(page, 'dark-settings')
})

test('home, list, customer page and forms are readable in the dark', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 820 })
  await open(page, '/')
  await page.evaluate(async () => {
    const api = (window as any).go.api
    const c = await api.Customers.Create({ name: '深色主题·跟进客户' })
    await api.Interactions.Create({ customerId: c.id, kind: 'call', at: new Date(Date.now() - 3 * 86_400_000).toISOString(), participants: [],
      summary: '确认深色主题下的跟进', outcome: '', nextStep: '回电', followUpOn: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10), followUpDone: false })
  })
  await page.reload()
  await open(page, '/')
  await expect(page.getByTestId('follow-ups-overdue')).toBeVisible()
  await expectReadable(page, '[data-testid="follow-up-customer"]')
  await expectReadable(page, '[data-testid="follow-up-summary"]')
  await shot(page, 'dark-home')

  await page.getByTestId('nav-customers').click()
  await expectCustomerTableFits(page)
  await expectReadable(page, '[data-testid="customer-name"]')
  await shot(page, 'dark-customers-list')

  // A customer whose notes use every piece of Markdown the overview renders.
  await page.getByTestId('new-customer').click()
  await page.getByTestId('input-name').fill(NAME)
  await page.getByTestId('input-notes').fill('**重点**客户，见[官网](https://example.com)。\n\n- 需要 `私有化` 部署\n\n> 引用：年底前上线')
  await shot(page, 'dark-customer-form')
  await page.getByTestId('customer-save').click()
  await expect(page.getByTestId('customer-title')).toHaveText(NAME)
  await expectReadable(page, '[data-testid="customer-title"]')
  await expectReadable(page, '[data-testid="overview-notes"] a')
  await expectReadable(page, '[data-testid="overview-notes"] code')
  await shot(page, 'dark-customer-overview')

  await page.getByTestId('tab-contacts').click()
  await page.getByTestId('contact-add').click()
  await page.getByTestId('contact-input-name').fill('王五')
  await page.getByTestId('contact-input-primary').click()
  await shot(page, 'dark-contact-form')
  await page.getByTestId('contact-save').click()
  await expect(page.getByTestId('contact-row')).toHaveCount(1)
  await expectReadable(page, '[data-testid="contact-name"]')
  await shot(page, 'dark-customer-contacts')

  await page.getByTestId('tab-interactions').click()
  await page.getByTestId('interaction-add').click()
  await page.getByTestId('interaction-summary').fill('电话沟通，见 [需求文档](https://example.com/spec)。')
  await page.getByTestId('interaction-follow-up').locator('input').click()
  await shot(page, 'dark-interaction-form')
  await page.getByRole('button', { name: 'In 1 week', exact: true }).click()
  await page.getByTestId('interaction-save').click()
  await expect(page.getByTestId('interaction-item')).toHaveCount(1)
  await expectReadable(page, '[data-testid="interaction-item"] a')
  await shot(page, 'dark-customer-interactions')
})

// In afterAll, so a failure above still leaves the next spec its theme.
test.afterAll(async ({ browser }, info) => {
  if (!original) return
  const page = await browser.newPage({ baseURL: info.project.use.baseURL })
  await setTheme(page, original)
  await page.close()
})
