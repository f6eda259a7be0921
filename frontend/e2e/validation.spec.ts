import { expect, test } from '@playwright/test'
import { guardEveryTest, open, setLanguage, shot } from './helpers'

// Backend validation shown next to the field, in the user's language, with the input kept.
// Independent of the other specs' data: it makes its own customer.
guardEveryTest()

test('the empty-name error shows in Chinese under the name field', async ({ page }) => {
  await setLanguage(page, 'zh-CN')
  await shot(page, 'zh-settings')
  await page.keyboard.press('Control+n')
  await expect(page.getByTestId('customer-form')).toBeVisible()
  await page.getByTestId('input-name').fill('   ')
  await page.getByTestId('input-notes').fill('备注保留')
  await page.getByTestId('customer-save').click()
  await expect(page.getByTestId('error-name')).toHaveText('此项为必填项。')
  await expect(page.getByTestId('input-notes')).toHaveValue('备注保留')
  await shot(page, 'zh-customer-form-error')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('customer-form')).toHaveCount(0)
})

test('makes a customer for the contact checks', async ({ page }) => {
  await open(page, '/customers')
  await page.getByTestId('new-customer').click()
  await page.getByTestId('input-name').fill('校验测试有限公司')
  await page.getByTestId('customer-save').click()
  await expect(page.getByTestId('customer-title')).toHaveText('校验测试有限公司')
})

test('a bad email is refused next to the field and the input is kept', async ({ page }) => {
  await open(page, '/customers?q=校验测试')
  await page.getByTestId('customer-row').first().click()
  await page.getByTestId('tab-contacts').click()
  await page.getByTestId('contact-add').click()
  await page.getByTestId('contact-input-name').fill('李四')
  await page.getByTestId('contact-input-email').fill('not-an-email')
  await page.getByTestId('contact-save').click()
  await expect(page.getByTestId('error-email')).toHaveText('邮箱格式不正确，例如 name@example.com。')
  await expect(page.getByTestId('contact-input-name')).toHaveValue('李四')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('contact-form')).toHaveCount(0)
  await expect(page.getByTestId('contacts-empty')).toBeVisible()
  await shot(page, 'zh-contact-form-error')
})

test('a 7-digit mobile is refused in Chinese, a +86 one saved; a contact has a 姓名', async ({ page }) => {
  await open(page, '/customers?q=校验测试')
  await page.getByTestId('customer-row').first().click()
  await page.getByTestId('tab-contacts').click()
  await page.getByTestId('contact-add').click()
  await expect(page.getByTestId('field-name')).toContainText('姓名')
  await page.getByTestId('contact-input-name').fill('王芳')
  await page.getByTestId('contact-input-mobile').fill('8888666')
  await page.getByTestId('contact-save').click()
  await expect(page.getByTestId('error-mobile')).toHaveText('请输入 11 位手机号；境外号码请以 + 和国家代码开头。')
  await shot(page, 'zh-contact-mobile-error')
  await page.getByTestId('contact-input-mobile').fill('+86 138 0013 8000')
  await page.getByTestId('contact-save').click()
  await expect(page.getByTestId('contact-form')).toHaveCount(0)
  await expect(page.getByTestId('contact-row')).toContainText('+86 138 0013 8000')
})

test('the notes toolbar bolds the selected words and the overview shows them bold', async ({ page }) => {
  await open(page, '/customers')
  await page.keyboard.press('Control+n')
  await page.getByTestId('input-name').fill('格式工具栏测试')
  const notes = page.getByTestId('input-notes')
  await notes.fill('金额超过一万需审批')
  await notes.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(4, 6))
  await page.getByTestId('md-bold').hover()
  await expect(page.locator('.n-tooltip').filter({ hasText: '加粗' })).toBeVisible()
  await page.getByTestId('md-bold').click()
  await expect(notes).toHaveValue('金额超过**一万**需审批')
  await shot(page, 'zh-customer-form-toolbar')
  await page.getByTestId('customer-save').click()
  await expect(page.getByTestId('customer-title')).toHaveText('格式工具栏测试')
  await expect(page.getByTestId('overview-notes').locator('strong')).toHaveText('一万')
})
