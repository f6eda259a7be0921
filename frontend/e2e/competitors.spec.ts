import { expect, test, type Page } from '@playwright/test'
import { choose, guardEveryTest, open, setLanguage, shot } from './helpers'

// Market research (市场调研): a competitor typed in Chinese with a script payload in its notes,
// searched, edited, cited by a requirement of a customer, then refused deletion while cited.
// Makes its own customer and competitor; the steps build on each other, so run in order.
test.describe.configure({ mode: 'serial' })

const NAME = '星河软件调研测试'
const PRODUCT = '星河ERP'
const PRODUCT2 = '星河ERP 云版'
const CUSTOMER = '调研引用测试有限公司'
const XSS = '<img src=x onerror=alert(1)>'
guardEveryTest()

const row = (page: Page) => page.getByTestId('competitor-row').filter({ hasText: NAME })

async function openResearch(page: Page) {
  await open(page, '/')
  await page.getByTestId('nav-competitors').click()
  await expect(page).toHaveURL(/#\/competitors$/)
}

async function search(page: Page, text: string) {
  await page.getByTestId('competitor-search').fill(text)
}

test('creates a competitor in Chinese; its notes show as Markdown and the payload as text', async ({ page }) => {
  await setLanguage(page, 'zh-CN')
  await openResearch(page)
  await expect(page.getByTestId('nav-competitors')).toHaveText('市场调研')
  await expect(page.locator('.vd-page h2')).toHaveText('市场调研')
  // On a database without competitors the page says what the register is for.
  await expect(page.getByTestId('competitors-empty').or(page.getByTestId('competitor-table'))).toBeVisible()
  if (await page.getByTestId('competitors-empty').isVisible()) {
    await expect(page.getByTestId('empty-new-competitor')).toHaveText('新建竞品')
    await shot(page, 'zh-research-empty')
  }
  await page.getByTestId('new-competitor').click()
  await expect(page.getByTestId('competitor-form')).toBeVisible()
  await page.getByTestId('input-name').fill(NAME)
  await page.getByTestId('input-product').fill(PRODUCT)
  await page.getByTestId('input-website').fill('xinghe.example.cn')
  await page.getByTestId('input-strengths').fill(`**财务模块**成熟，渠道多 ${XSS}`)
  await page.getByTestId('input-weaknesses').fill('- 实施周期长\n- 二次开发贵')
  await page.getByTestId('input-priceNotes').fill('每用户每年约 ¥1,200')
  await page.getByTestId('input-notes').fill('在华东客户处常见')
  await page.getByTestId('competitor-save').click()
  await expect(page.getByTestId('competitor-form')).toHaveCount(0)
  await expect(row(page)).toBeVisible()
  await expect(row(page)).toContainText(/CP-\d{4}/)
  await expect(row(page)).toContainText('xinghe.example.cn')
  await expect(row(page).getByTestId('competitor-requirements')).toHaveText('0')

  // Expanded: the Markdown rendered, the payload as the text typed and no <img> made of it.
  await row(page).locator('.n-data-table-expand-trigger').click()
  const strengths = page.getByTestId('competitor-strengths')
  await expect(strengths).toContainText(XSS)
  await expect(strengths.locator('strong')).toHaveText('财务模块')
  await expect(strengths.locator('img')).toHaveCount(0)
  await expect(page.getByTestId('competitor-weaknesses').locator('li')).toHaveCount(2)
  await expect(page.getByTestId('competitor-priceNotes')).toContainText('¥1,200')
  await shot(page, 'zh-research-expanded')
})

test('finds the competitor by product, and says so when nothing matches', async ({ page }) => {
  await openResearch(page)
  await search(page, PRODUCT)
  await expect(row(page)).toBeVisible()
  await search(page, '没有这个竞品的名字')
  await expect(page.getByTestId('competitors-empty-filtered')).toBeVisible()
  await expect(page.getByTestId('competitor-row')).toHaveCount(0)
  await search(page, '')
  await expect(row(page)).toBeVisible()
})

test('edits the competitor from its row', async ({ page }) => {
  await openResearch(page)
  await row(page).getByTestId('competitor-name').click()
  await expect(page.getByTestId('input-name')).toHaveValue(NAME)
  await expect(page.getByTestId('input-strengths')).toHaveValue(new RegExp(XSS.replace(/[()]/g, '\\$&')))
  await page.getByTestId('input-product').fill(PRODUCT2)
  await page.getByTestId('competitor-save').click()
  await expect(page.getByTestId('competitor-form')).toHaveCount(0)
  await expect(row(page).getByTestId('competitor-product')).toHaveText(PRODUCT2)

  // A website that is not one is refused under its field, and the drawer keeps the input.
  await row(page).getByTestId('competitor-name').click()
  await page.getByTestId('input-website').fill('不是网址 ###')
  await page.getByTestId('competitor-save').click()
  await expect(page.getByTestId('error-website')).toBeVisible()
  await expect(page.getByTestId('input-product')).toHaveValue(PRODUCT2)
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('competitor-form')).toHaveCount(0)
  await expect(row(page)).toContainText('xinghe.example.cn')
})

test('a requirement of a customer cites the competitor', async ({ page }) => {
  await open(page, '/customers')
  await page.getByTestId('new-customer').click()
  await page.getByTestId('input-name').fill(CUSTOMER)
  await page.getByTestId('customer-save').click()
  await expect(page.getByTestId('customer-title')).toHaveText(CUSTOMER)
  await page.getByTestId('tab-requirements').click()
  await page.getByTestId('req-add').click()
  await page.getByTestId('req-input-title').fill('对标星河的多组织记账')
  await choose(page, 'req-input-source', '竞品')
  // Filterable: typing part of the name narrows the list to it.
  await page.getByTestId('req-source-competitor').click()
  await page.getByTestId('req-source-competitor').locator('input').fill('星河软件')
  await page.locator('.n-base-select-option', { hasText: `${NAME} · ${PRODUCT2}` }).click()
  await expect(page.getByTestId('req-source-competitor')).toContainText(`${NAME} · ${PRODUCT2}`)
  await shot(page, 'zh-requirement-competitor-source')
  await page.getByTestId('requirement-save').click()
  await expect(page.getByTestId('req-row').filter({ hasText: '对标星河的多组织记账' })).toBeVisible()
})

test('counts the citing requirement and refuses to delete the competitor', async ({ page }) => {
  await openResearch(page)
  await expect(row(page).getByTestId('competitor-requirements')).toHaveText('1')
  await row(page).getByTestId('competitor-delete').click()
  await expect(page.getByTestId('confirm-body')).toContainText(NAME)
  await page.getByTestId('confirm-delete').click()
  await expect(page.locator('.n-message').filter({ hasText: `${NAME} 是 1 条需求的来源` })).toBeVisible()
  await expect(row(page)).toHaveCount(1)
  await shot(page, 'zh-research-delete-refused')
})

test('shows the register in English', async ({ page }) => {
  await setLanguage(page, 'en')
  await openResearch(page)
  await expect(page.getByTestId('nav-competitors')).toHaveText('Market research')
  await expect(page.locator('.vd-page h2')).toHaveText('Market research')
  await expect(row(page).getByTestId('competitor-requirements')).toHaveText('1')
  await row(page).getByTestId('competitor-delete').click()
  await page.getByTestId('confirm-delete').click()
  await expect(page.locator('.n-message').filter({ hasText: `${NAME} is the source of 1 requirement` })).toBeVisible()
  await row(page).locator('.n-data-table-expand-trigger').click()
  await expect(page.getByTestId('competitor-strengths')).toContainText(XSS)
  await shot(page, 'en-research')
})
