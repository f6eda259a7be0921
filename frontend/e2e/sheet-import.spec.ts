import { expect, test as base } from '@playwright/test'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { guardEveryTest, newCustomer, open, setLanguage, shot } from './helpers'
import { startOwnApp, type OwnApp } from './ownApp'

// A Chinese vendor's customer list, saved by Excel as CSV (GBK), imported through the mapping
// step and the check of every row: one company on two rows (two contacts), a stage the app does
// not know until the user maps it, a mobile with letters, a customer already stored, and a
// script in a cell, which stays text.
const CSV =
  '客户名称,联系人,手机,客户来源,阶段,行业\r\n' +
  '上海云帆科技,张伟,13800138000,展会,意向客户,<img src=x onerror=alert(1)>\r\n' +
  '上海云帆科技,李娜,13900139000,展会,意向客户,\r\n' +
  '北京启明软件,王芳,13600136000,官网,谈判中,软件\r\n' +
  '深圳星河,赵磊,13700137000,转介绍,成交,\r\n' +
  '广州一号,钱七,138abc,,,\r\n'

/** text in GBK, as Chinese Excel writes a CSV file: each character's bytes found by decoding
 * every two-byte GBK code once (Node decodes GBK but has no encoder for it). */
function gbk(text: string): Buffer {
  const codes = new Map<string, number[]>()
  const decoder = new TextDecoder('gbk')
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]))
      if (ch.length === 1 && !codes.has(ch)) codes.set(ch, [hi, lo])
    }
  }
  const bytes: number[] = []
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0))
    else bytes.push(...(codes.get(ch) ?? [0x3f]))
  }
  return Buffer.from(bytes)
}

// The open dialog answers with the CSV file (VENDORDESK_OPEN_FILE), on an app of this spec's own.
// The file the dialog answers with: a spec may write other rows into it.
const test = base.extend<object, { importApp: OwnApp & { file?: string } }>({
  importApp: [
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'vendordesk-sheet-'))
      const file = join(dir, '客户清单.csv')
      writeFileSync(file, gbk(CSV))
      const app = await startOwnApp(undefined, { VENDORDESK_OPEN_FILE: file })
      await use({ ...app, file } as OwnApp)
      await app.stop()
      rmSync(dir, { recursive: true, force: true })
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ importApp }, use) => {
    await use(importApp.url)
  },
})

guardEveryTest()

test('a GBK customer list goes in through the mapping and the check of every row', async ({ page }) => {
  await newCustomer(page, '深圳星河')
  await setLanguage(page, 'zh-CN')
  await open(page, '/customers')
  await page.getByTestId('customers-import').click()
  await page.getByTestId('sheet-choose').click()

  await expect(page.getByTestId('sheet-file-name')).toHaveText('客户清单.csv')
  await expect(page.getByTestId('sheet-file-rows')).toHaveText('5 行')
  await expect(page.getByTestId('sheet-encoding')).toContainText('GBK')
  const fields = page.getByTestId('sheet-column-field')
  await expect(fields).toHaveText(['客户名称', '联系人姓名', '联系人手机', '来源渠道', '阶段', '行业'])
  const unknown = page.getByTestId('sheet-choices-stage').getByTestId('sheet-choice').filter({ hasText: '谈判中' })
  await expect(unknown.getByTestId('sheet-choice-code')).toContainText('未识别')
  await shot(page, 'sheet-import-mapping')

  await page.getByTestId('sheet-check').click()
  await expect(page.getByTestId('sheet-stat-customers')).toContainText('2')
  await expect(page.getByTestId('sheet-stat-invalid')).toContainText('2')
  const problems = page.getByTestId('sheet-problem')
  await expect(problems).toHaveCount(2)
  await expect(problems.nth(0)).toContainText('4')
  await expect(problems.nth(0).getByTestId('sheet-problem-column')).toHaveText('阶段')
  await expect(problems.nth(0).getByTestId('sheet-problem-text')).toContainText('“谈判中”不是可选的值')
  await expect(problems.nth(1).getByTestId('sheet-problem-column')).toHaveText('手机')
  await expect(page.getByTestId('sheet-match')).toContainText('深圳星河')
  await expect(page.getByTestId('sheet-first-row').first()).toContainText('<img src=x onerror=alert(1)>') // text, not an image
  await expect(page.getByTestId('sheet-first-row').first()).toContainText('展会')
  await expect(page.getByTestId('sheet-first-row').filter({ hasText: '深圳星河' })).toContainText('已存在')
  await shot(page, 'sheet-import-check')

  await page.getByTestId('sheet-back').click()
  await unknown.getByTestId('sheet-choice-code').click()
  await page.locator('.n-base-select-option', { hasText: '潜在客户' }).first().click()
  await page.getByTestId('sheet-check').click()
  await expect(page.getByTestId('sheet-stat-invalid')).toContainText('1')
  await page.getByTestId('sheet-run').click()
  await expect(page.getByTestId('sheet-result-line')).toHaveText(['新增 2 个客户', '添加 3 个联系人', '跳过 1 个已存在的客户', '跳过 1 个有问题的行'])
  await shot(page, 'sheet-import-done')

  // The same header next time starts from this mapping, 谈判中 included.
  await page.getByTestId('sheet-again').click()
  await page.getByTestId('sheet-choose').click()
  await expect(page.getByTestId('sheet-remembered')).toBeVisible()
  await expect(unknown.getByTestId('sheet-choice-code')).toContainText('潜在客户')
  await page.getByTestId('sheet-cancel').click()

  await expect(page.getByTestId('customer-row').filter({ hasText: '北京启明软件' })).toContainText('潜在客户')
  await page.getByText('上海云帆科技').click()
  await page.getByTestId('tab-history').click()
  await expect(page.getByTestId('customer-history')).toContainText('从 客户清单.csv 导入')
})

test('the filtered customer list goes out as CSV and Excel', async ({ page, importApp }) => {
  await setLanguage(page, 'zh-CN')
  await open(page, '/customers?q=云帆')
  await expect(page.getByTestId('customer-row')).toHaveCount(1)
  await page.getByTestId('customers-export').click()
  await page.getByTestId('customers-export-csv').click()
  await expect(page.getByText(/已导出 1 行到/)).toBeVisible()
  await page.getByTestId('customers-export').click()
  await page.getByTestId('customers-export-xlsx').click()
  await expect(page.getByText(/已导出 1 行到 .*\.xlsx/)).toBeVisible()
  const dir = join(importApp.dir, 'exports')
  const files = readdirSync(dir)
  const csv = readFileSync(join(dir, files.find((f) => f.endsWith('.csv'))!), 'utf8')
  expect(csv.startsWith('\uFEFF编号,名称,简称,')).toBe(true) // the byte order mark Excel needs for Chinese
  const lines = csv.trim().split('\r\n')
  expect(lines).toHaveLength(2)
  expect(lines[1]).toContain('上海云帆科技')
  expect(lines[1]).toContain('展会')
  expect(readFileSync(join(dir, files.find((f) => f.endsWith('.xlsx'))!)).subarray(0, 2).toString()).toBe('PK')
})

test('a mapping without the customer name cannot go on', async ({ page }) => {
  await setLanguage(page, 'en')
  await open(page, '/import/customers')
  await page.getByTestId('sheet-choose').click()
  await page.getByTestId('sheet-column-field').first().click()
  await page.locator('.n-base-select-option', { hasText: 'Do not import' }).first().click()
  await expect(page.getByTestId('sheet-no-name')).toBeVisible()
  await expect(page.getByTestId('sheet-check')).toBeDisabled()
})

test('a list of open issues comes in as tickets of stored customers, their clocks starting now', async ({ page, importApp }) => {
  writeFileSync(importApp.file!, '客户,问题标题,问题类型,紧急程度\r\nC-0002,扫码枪无法连接,故障,紧急\r\n不存在的公司,打印错位,缺陷,低\r\n')
  await setLanguage(page, 'en')
  await page.getByTestId('nav-tickets').click()
  await page.getByTestId('tickets-import').click()
  await expect(page.getByTestId('sheet-kind-tickets')).toHaveClass(/checked/)
  await page.getByTestId('sheet-choose').click()
  await expect(page.getByTestId('sheet-column-field')).toHaveText(['Customer (name, short name or No.)', 'Title', 'Kind of ticket', 'Priority'])
  await page.getByTestId('sheet-check').click()
  await expect(page.getByTestId('sheet-stat-records')).toContainText('1')
  await expect(page.getByTestId('sheet-problem-text')).toHaveText('No stored customer is called “不存在的公司”: import the customers first, or correct the name.')
  await expect(page.getByTestId('sheet-first-row')).toContainText(['上海云帆科技扫码枪无法连接IncidentP1 Urgent'])
  await shot(page, 'sheet-import-tickets-check')
  await page.getByTestId('sheet-run').click()
  await expect(page.getByTestId('sheet-result-line')).toHaveText(['1 ticket imported', '1 row with a problem left out'])
  await page.getByTestId('sheet-to-list').click()
  await page.getByTestId('ticket-view-all').click()
  await page.getByTestId('ticket-title-cell').filter({ hasText: '扫码枪无法连接' }).click()
  await expect(page.getByTestId('thread-item').first()).toContainText('Imported from 客户清单.csv')
})

test('a deal list with Chinese headers comes in as deals, its amounts exact, a won one making its lead a customer', async ({ page, importApp }) => {
  await newCustomer(page, '华南智造仓储')
  writeFileSync(
    importApp.file!,
    '客户名称,商机名称,金额,币种,销售阶段,预计成交日期,产品\r\n' +
      '华南智造仓储,仓储系统 <b>二期</b>,"¥12,500.50",,赢单,2026/3/5,WMS、APS\r\n' +
      '华南智造仓储,丢掉的单,100,,输单,,\r\n',
  )
  await setLanguage(page, 'zh-CN')
  await open(page, '/deals')
  await page.getByTestId('sales-import').click()
  await expect(page.getByTestId('sheet-kind-deals')).toHaveClass(/checked/)
  await page.getByTestId('sheet-choose').click()
  await expect(page.getByTestId('sheet-column-field')).toHaveText(['客户（名称、简称或编号）', '销售机会名称', '金额', '币种', '销售阶段', '预计成交日期', '产品与模块（用 、,; 分隔）'])
  await page.getByTestId('sheet-check').click()
  await expect(page.getByTestId('sheet-stat-records')).toContainText('1')
  await expect(page.getByTestId('sheet-problem-column')).toHaveText('输单原因')
  await expect(page.getByTestId('sheet-first-row')).toContainText(['华南智造仓储仓储系统 <b>二期</b>CNY 12,500.50赢单100%2026-03-05'])
  await shot(page, 'sheet-import-deals-check')
  await page.getByTestId('sheet-run').click()
  await expect(page.getByTestId('sheet-result-line')).toHaveText(['导入 1 个销售机会', '跳过 1 个有问题的行'])
  await page.getByTestId('sheet-to-list').click()
  await expect(page.getByTestId('deal-row').filter({ hasText: '仓储系统 <b>二期</b>' })).toContainText('12,500.50')
  await open(page, '/customers?q=华南智造仓储')
  await expect(page.getByTestId('customer-row')).toContainText('成交客户')
})

test('a sales contract keeps its number, and a payments file finds it by that number', async ({ page, importApp }) => {
  await newCustomer(page, '西北数科')
  await setLanguage(page, 'zh-CN')
  writeFileSync(importApp.file!, '合同编号,客户,合同名称,签订日期,金额,授权方式\r\nSC-0917,西北数科,数据平台合同,2026-03-06,"80,000",永久授权\r\n')
  await open(page, '/deals?view=receivables')
  await page.getByTestId('sales-import').click()
  await expect(page.getByTestId('sheet-kind-sales_contracts')).toHaveClass(/checked/)
  await page.getByTestId('sheet-choose').click()
  await page.getByTestId('sheet-check').click()
  await expect(page.getByTestId('sheet-first-row')).toContainText(['SC-0917西北数科数据平台合同2026-03-06CNY 80,000.00永久授权'])
  await page.getByTestId('sheet-run').click()
  await expect(page.getByTestId('sheet-result-line')).toHaveText(['导入 1 份销售合同'])

  writeFileSync(importApp.file!, '合同,回款日期,金额,方式\r\nSC-0917,2026年3月10日,"5,000",支付宝\r\nSC-0917,2026-03-01,100,\r\nSC-0999,2026-03-10,100,\r\n')
  await page.getByTestId('sheet-again').click()
  await page.getByTestId('sheet-kind-payments').click()
  await page.getByTestId('sheet-choose').click()
  await expect(page.getByTestId('sheet-column-field')).toHaveText(['合同编号（SC-0001）', '回款日期', '金额', '方式'])
  await page.getByTestId('sheet-check').click()
  const problems = page.getByTestId('sheet-problem-text')
  await expect(problems).toHaveText(['此日期不能早于 2026-03-06。', '没有编号为 SC-0999 的销售合同，请先导入合同或更正编号。'])
  await expect(page.getByTestId('sheet-first-row')).toContainText(['SC-09172026-03-105,000.00支付宝'])
  await shot(page, 'sheet-import-payments-check')
  await page.getByTestId('sheet-run').click()
  await expect(page.getByTestId('sheet-result-line')).toHaveText(['导入 1 条回款记录', '跳过 2 个有问题的行'])
  await page.getByTestId('sheet-to-list').click()
  await expect(page.getByTestId('receivable-row').filter({ hasText: 'SC-0917' })).toContainText('5,000.00')
})
