import { expect } from '@playwright/test'
import { choose, expectCustomerTableFits, expectNoEnglish, guardEveryTest, open, setLanguage, shot, todayISO } from './helpers'
import { freshAppTest as test } from './ownApp'

// A database of its own, empty at the start whatever specs ran before: the steps build on each
// other, so they run in order.
test.describe.configure({ mode: 'serial' })

const NAME = '杭州测试软件有限公司'
const XSS_NAME = '<script>alert(1)</script>'
const XSS_IMG = '<img src=x onerror=alert(1)>'
let customerUrl = ''
guardEveryTest()

test('an empty database offers sample data, which fills the customer list', async ({ page }) => {
  await open(page, '/')
  await expect(page.getByTestId('home-empty-db')).toBeVisible()
  await shot(page, 'en-home-empty')
  await page.getByTestId('nav-customers').click()
  await expect(page.getByTestId('empty-db')).toBeVisible()
  await expect(page.getByTestId('empty-new-customer')).toBeVisible()
  await shot(page, 'en-customers-empty')

  // The same empty screens in Chinese: nothing left in English.
  await setLanguage(page, 'zh-CN')
  await page.getByTestId('nav-home').click()
  await expect(page.getByTestId('home-empty-db')).toContainText('欢迎使用 VendorDesk')
  await expectNoEnglish(page)
  await shot(page, 'zh-home-empty')
  await page.getByTestId('nav-customers').click()
  await expect(page.getByTestId('empty-db')).toContainText('还没有客户')
  await expectNoEnglish(page)
  await shot(page, 'zh-customers-empty')
  await setLanguage(page, 'en')
  await page.getByTestId('nav-customers').click()

  await page.getByTestId('load-sample').click()
  await expect(page.getByTestId('customer-row').first()).toBeVisible()
  await expect(page.getByTestId('customer-total')).toHaveText('11 in all')
  await expect(page.getByTestId('load-sample')).toHaveCount(0)
  await shot(page, 'en-customers-list')
})

test('the customer list fits the default 1280×820 window', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 820 })
  await open(page, '/customers')
  await expectCustomerTableFits(page)
  const head = page.getByTestId('customer-table').locator('thead')
  for (const title of ['No.', 'Name', 'Stage', 'Main contact', 'Last contact', 'Next follow-up']) await expect(head).toContainText(title)
  await expect(head).not.toContainText('Updated')
  await shot(page, 'en-customers-list-1280')
})

test("the app's own elements and Naive's components share the platform's fonts", async ({ page }) => {
  await open(page, '/customers')
  const fonts = await page.evaluate(() => ({
    body: getComputedStyle(document.body).fontFamily,
    button: getComputedStyle(document.querySelector('[data-testid="new-customer"]')!).fontFamily,
  }))
  // Chromium on Linux, as the app's web view there: fontconfig's sans-serif, nothing to miss.
  expect(fonts).toEqual({ body: 'sans-serif', button: 'sans-serif' })
})

test('creates a customer with a Chinese name', async ({ page }) => {
  await open(page, '/customers')
  await page.getByTestId('new-customer').click()
  await page.getByTestId('input-name').fill(NAME)
  await page.getByTestId('input-notes').fill('**重点**客户，关注报表模块。\n\n- 需要私有化部署')
  await choose(page, 'select-stage', 'Prospect')
  await shot(page, 'en-customer-form')
  await page.getByTestId('customer-save').click()
  await expect(page.getByTestId('customer-title')).toHaveText(NAME)
  await expect(page.getByTestId('customer-ref')).toHaveText('C-0012')
  await expect(page.getByTestId('customer-stage')).toHaveText('Prospect')
  await expect(page.getByTestId('customer-overview').locator('strong')).toHaveText('重点')
  customerUrl = page.url()
  await shot(page, 'en-customer-overview')
})

test('adds a contact to the customer', async ({ page }) => {
  await page.goto(customerUrl)
  await open(page, customerUrl.split('#')[1])
  await page.getByTestId('tab-contacts').click()
  await expect(page.getByTestId('contacts-empty')).toBeVisible()
  await page.getByTestId('contact-add').click()
  await page.getByTestId('contact-input-name').fill('张三')
  await page.getByTestId('contact-input-mobile').fill('138-0013-8000')
  await page.getByTestId('contact-input-email').fill('zhangsan@example.cn')
  await page.getByTestId('contact-input-primary').click()
  await shot(page, 'en-contact-form')
  await page.getByTestId('contact-save').click()
  await expect(page.getByTestId('contact-row')).toHaveCount(1)
  await expect(page.getByTestId('contact-name')).toHaveText('张三')
  await expect(page.getByTestId('contact-primary')).toBeVisible()
  await shot(page, 'en-customer-contacts')
})

test('logs a meeting with a follow-up due today', async ({ page }) => {
  await open(page, customerUrl.split('#')[1])
  await page.getByTestId('tab-interactions').click()
  await expect(page.getByTestId('interactions-empty')).toBeVisible()
  await page.getByTestId('interaction-add').click()
  await page.getByTestId('interaction-participants').click()
  await page.locator('.n-base-select-option', { hasText: '张三' }).click()
  await page.keyboard.press('Escape')
  await page.getByTestId('interaction-summary').fill('首次拜访，演示了**报表模块**。')
  await page.getByTestId('interaction-outcome').fill('客户有采购意向')
  await page.getByTestId('interaction-next-step').fill('发送方案书')
  // The follow-up date is one click: "In 1 week", then (changed our mind) "Today".
  const followUp = page.getByTestId('interaction-follow-up').locator('input')
  await followUp.click()
  await page.getByRole('button', { name: 'In 1 week', exact: true }).click()
  await expect(followUp).toHaveValue(todayISO(7))
  await followUp.click()
  await page.getByRole('button', { name: 'Today', exact: true }).click()
  await expect(followUp).toHaveValue(todayISO())
  // The communication itself defaults to now.
  await expect(page.getByTestId('interaction-at').locator('input')).toHaveValue(new RegExp(`^${todayISO()} `))
  await shot(page, 'en-interaction-form')
  await page.getByTestId('interaction-save').click()
  const item = page.getByTestId('interaction-item')
  await expect(item).toHaveCount(1)
  await expect(item).toContainText('报表模块')
  await expect(item.getByTestId('interaction-participants-text')).toHaveText('张三')
  await expect(item.getByTestId('interaction-follow-up-line')).toBeVisible()
  await shot(page, 'en-customer-interactions')
  await page.getByTestId('tab-history').click()
  await expect(page.getByTestId('customer-history')).toContainText('张三')
  await shot(page, 'en-customer-history')
})

test('finds the customer with a Chinese search from the header', async ({ page }) => {
  await open(page, '/')
  await page.keyboard.press('Control+k')
  await expect(page.getByTestId('global-search')).toBeFocused()
  await page.getByTestId('global-search').fill('杭州测试软件')
  // The customer among the results, the words found marked; Enter opens the first.
  const hit = page.getByTestId('search-hit').first()
  await expect(hit).toHaveAttribute('data-kind', 'customer')
  await expect(hit.locator('mark')).toHaveText('杭州测试软件')
  await page.getByTestId('global-search').press('Enter')
  await expect(page.getByTestId('customer-title')).toHaveText(NAME)
  await expect(page.getByTestId('global-search')).toHaveValue('') // emptied once a result opens
  // The customer list's own box finds it (debounced).
  await open(page, '/customers')
  await page.getByTestId('customer-search').fill('测试软件')
  await expect(page.getByTestId('customer-row')).toHaveCount(1)
  await expect(page.getByTestId('customer-row')).toContainText('张三')
  await page.getByTestId('customer-search').fill('不存在的公司名')
  await expect(page.getByTestId('empty-filtered')).toBeVisible()
  await page.getByTestId('customer-search').fill('杭州测试')
  await expect(page.getByTestId('customer-row')).toHaveCount(1)
  await page.getByTestId('customer-row').click()
  await expect(page.getByTestId('customer-title')).toHaveText(NAME)
})

test('shows the follow-up on the home page and marks it done', async ({ page }) => {
  await open(page, '/')
  const today = page.getByTestId('follow-ups-today')
  const mine = today.getByTestId('follow-up-item').filter({ hasText: NAME })
  await expect(mine).toHaveCount(1)
  await expect(mine).toContainText('C-0012')
  await expect(mine).toContainText('发送方案书')
  await expect(page.getByTestId('follow-ups-overdue')).toBeVisible()
  await shot(page, 'en-home')
  await mine.getByTestId('follow-up-done').click()
  await expect(mine).toHaveCount(0)
})

test('switches the language: Chinese screens, then English labels', async ({ page }) => {
  await setLanguage(page, 'zh-CN')
  await shot(page, 'zh-settings')
  await open(page, '/')
  await expect(page.getByTestId('nav-home')).toHaveText('工作台')
  await shot(page, 'zh-home')
  await page.setViewportSize({ width: 1280, height: 820 })
  await page.getByTestId('nav-customers').click()
  await expect(page.getByTestId('customer-total')).toHaveText('共 12 条')
  await expectCustomerTableFits(page)
  await shot(page, 'zh-customers-list')
  await open(page, customerUrl.split('#')[1])
  await expect(page.getByTestId('customer-stage')).toHaveText('潜在客户')
  await shot(page, 'zh-customer-overview')
  await page.getByTestId('tab-contacts').click()
  await shot(page, 'zh-customer-contacts')
  await page.getByTestId('tab-interactions').click()
  await expect(page.getByTestId('interaction-item')).toContainText('会议')
  await shot(page, 'zh-customer-interactions')
  await page.getByTestId('interaction-add').click()
  await shot(page, 'zh-interaction-form')
  await page.keyboard.press('Escape')

  await setLanguage(page, 'en')
  await expect(page.getByTestId('nav-home')).toHaveText('Home')
  await expect(page.getByTestId('nav-settings')).toHaveText('Settings')
  await shot(page, 'en-settings')
  // Remembered by the backend: a reload keeps English.
  await page.reload()
  await open(page, '/customers')
  await expect(page.getByTestId('nav-customers')).toHaveText('Customers')
})

test('script and onerror payloads display as text and never run', async ({ page }) => {
  await open(page, '/customers')
  await page.getByTestId('new-customer').click()
  await page.getByTestId('input-name').fill(XSS_NAME)
  await page.getByTestId('input-notes').fill(`${XSS_IMG}\n\n${XSS_NAME}`)
  await page.getByTestId('customer-save').click()
  await expect(page.getByTestId('customer-title')).toHaveText(XSS_NAME)
  const notes = page.getByTestId('overview-notes')
  await expect(notes).toContainText(XSS_IMG)
  await expect(notes).toContainText(XSS_NAME)
  await expect(notes.locator('img, script')).toHaveCount(0)
  customerUrl = page.url()

  await page.getByTestId('tab-contacts').click()
  await page.getByTestId('contact-add').click()
  await page.getByTestId('contact-input-name').fill(XSS_IMG)
  await page.getByTestId('contact-save').click()
  await expect(page.getByTestId('contact-name')).toHaveText(XSS_IMG)
  await shot(page, 'en-xss-contacts')

  // The header's results show typed markup as text, its words marked.
  await page.getByTestId('global-search').fill('script')
  await expect(page.getByTestId('search-hit').filter({ hasText: XSS_NAME }).first()).toBeVisible()
  expect(await page.evaluate(() => document.querySelectorAll('#app img[src="x"], #app script').length)).toBe(0)
  await page.getByTestId('global-search').press('Escape')
  await shot(page, 'en-xss-list')
})

test('a customer with records is archived instead of deleted', async ({ page }) => {
  await open(page, customerUrl.split('#')[1])
  await page.getByTestId('customer-delete').click()
  await expect(page.getByTestId('linked-warning')).toContainText(`${XSS_NAME} has 1 contact, so`)
  await shot(page, 'en-delete-linked')
  await page.getByTestId('confirm-archive').click()
  await expect(page.getByTestId('customer-archived')).toBeVisible()
  await expect(page.getByTestId('customer-restore')).toBeVisible()
  // Archived customers leave the active list and show under "Show archived".
  await open(page, '/customers?q=script')
  await expect(page.getByTestId('empty-filtered')).toBeVisible()
  await page.getByTestId('filter-archived').click()
  await expect(page.getByTestId('customer-row')).toHaveCount(1)
})

test('a customer without records is deleted after confirmation', async ({ page }) => {
  await open(page, '/customers')
  await page.getByTestId('new-customer').click()
  await page.getByTestId('input-name').fill('待删除的客户')
  await page.getByTestId('customer-save').click()
  await expect(page.getByTestId('customer-title')).toHaveText('待删除的客户')
  await page.getByTestId('customer-delete').click()
  await expect(page.getByTestId('delete-warning')).toContainText('待删除的客户')
  await page.getByTestId('confirm-delete').click()
  await expect(page).toHaveURL(/#\/customers$/)
  await page.getByTestId('customer-search').fill('待删除')
  await expect(page.getByTestId('empty-filtered')).toBeVisible()
})
