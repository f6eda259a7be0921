import { expect, test } from '@playwright/test'
import { guardEveryTest, newCustomer, open, setLanguage, shot } from './helpers'

// The Chinese a user reads on the forms: priorities as 高/中/低/不做 with their meaning, a ticket's
// 类型 with 系统故障 and 软件缺陷 told apart, currencies by name, and a formatting toolbar over the
// text boxes instead of Markdown syntax. Makes its own customer; leaves the app in English.
guardEveryTest()

test('the forms speak Chinese as a Chinese user writes it', async ({ page }) => {
  await setLanguage(page, 'zh-CN')
  try {
    await newCustomer(page, '措辞检查有限公司')

    // A requirement's priority: 高/中/低/不做, each with what it means (the MoSCoW word) beside it.
    await page.getByTestId('tab-requirements').click()
    await page.getByTestId('req-add').click()
    await page.getByTestId('req-input-priority').click()
    const priorities = page.locator('.n-base-select-option')
    await expect(priorities).toHaveCount(4)
    await expect(priorities.nth(0)).toContainText('高')
    await expect(priorities.nth(0)).toContainText('必须实现（Must）')
    await expect(priorities.nth(3)).toContainText('不做')
    await expect(page.getByTestId('md-bulletList')).toBeVisible()
    await shot(page, 'zh-requirement-priority')
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')

    // A ticket's 类型: incidents and bugs under names that tell them apart.
    await open(page, '/tickets')
    await page.getByTestId('new-ticket').click()
    await expect(page.getByTestId('field-kind')).toContainText('类型')
    await page.getByTestId('ticket-kind').click()
    await expect(page.locator('.n-base-select-option')).toHaveText(['系统故障', '咨询', '软件缺陷', '功能需求', '系统维护', '其他'])
    await expect(page.getByText('支持 Markdown')).toHaveCount(0)
    await shot(page, 'zh-ticket-form')
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')

    // The currency by its name and sign, not its ISO code.
    await open(page, '/settings')
    await expect(page.getByTestId('settings-currency')).toContainText('人民币（¥）')
    await shot(page, 'zh-settings-currency')
  } finally {
    await setLanguage(page, 'en')
  }
})
