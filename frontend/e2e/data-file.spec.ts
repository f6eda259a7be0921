import { expect, test, type Page } from '@playwright/test'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { open, setLanguage, shot } from './helpers'
import { startOwnApp } from './ownApp'

// A data file that cannot be used is explained on a page of its own, in the user's language, and
// left exactly as it was: never replaced by an empty database, never "repaired" by opening it.
const sum = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

test('a 0-byte data file is reported as empty, not taken for a new one', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'vendordesk-e2e-'))
  const file = join(dir, 'vendordesk.db')
  writeFileSync(file, '')
  const app = await startOwnApp(dir)
  try {
    await page.goto(app.url)
    const problem = page.getByTestId('startup-error')
    await expect(problem).toHaveAttribute('data-kind', 'empty')
    await expect(problem.getByText('The data file is empty')).toBeVisible()
    await expect(page.getByTestId('problem-untouched')).toBeVisible()
    await expect(page.getByTestId('problem-path')).toHaveText(file)
    await expect(page.getByTestId('problem-quit')).toBeVisible()
    expect(readFileSync(file).length).toBe(0)
  } finally {
    await app.stop()
  }
})

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' })

  test('a data file whose newest header is damaged is not opened, and not changed', async ({ page }) => {
    const first = await startOwnApp() // makes a real data file
    // The dev server answers before the app has made its file: its pages show once it has.
    await page.goto(first.url)
    await expect(page.getByTestId('nav-home')).toBeVisible()
    await first.stop(true)
    const file = join(first.dir, 'vendordesk.db')
    const bytes = readFileSync(file)
    for (let i = 0; i < 48; i++) bytes[4096 + 16 + i] = (i * 37 + 11) & 0xff // header page 1
    writeFileSync(file, bytes)
    const before = sum(file)
    const app = await startOwnApp(first.dir)
    try {
      await page.goto(app.url)
      const problem = page.getByTestId('startup-error')
      await expect(problem).toHaveAttribute('data-kind', 'header')
      await expect(problem.getByText('数据文件的文件头已损坏')).toBeVisible()
      await expect(problem.getByText('VendorDesk 没有改动这个文件。')).toBeVisible()
      await expect(problem.getByRole('button', { name: '退出 VendorDesk' })).toBeVisible()
      expect(sum(file)).toBe(before)
    } finally {
      await app.stop()
    }
  })
})

test('the day\'s backup is made at start and listed in Settings; "Back up now" writes a copy', async ({ page }) => {
  const app = await startOwnApp()
  try {
    await page.goto(`${app.url}/#/settings`)
    const backups = page.getByTestId('backups')
    await expect(backups.getByTestId('backups-last')).toContainText('Last backup:')
    await expect(backups.getByTestId('backups-dir')).toHaveText(join(app.dir, 'backups'))
    await expect(backups.getByTestId('backups-list').getByText('Daily')).toBeVisible()
    expect(readdirSync(join(app.dir, 'backups')).filter((f) => /^vendordesk-\d{4}-\d{2}-\d{2}\.(db|json)$/.test(f))).toHaveLength(2)

    await backups.getByTestId('backup-now').click()
    await expect(page.getByText(/Backed up to .*vendordesk-backup-\d{4}-\d{2}-\d{2}\.db/)).toBeVisible()
    const copies = readdirSync(join(app.dir, 'exports')).filter((f) => f.startsWith('vendordesk-backup-'))
    expect(copies).toHaveLength(1)
  } finally {
    await app.stop()
  }
})

/** Adds a customer through the form of the app at url (a spec's own app, not the shared one). */
async function newCustomerIn(page: Page, url: string, name: string) {
  await page.goto(`${url}/#/customers`)
  await page.getByTestId('new-customer').click()
  await page.getByTestId('input-name').fill(name)
  await page.getByTestId('customer-save').click()
  await expect(page.getByTestId('customer-title')).toHaveText(name)
}

// A restore from Settings' list: the backup is checked and what it holds is shown, the data file
// is replaced and the app reloads on the restored data, with the replaced file kept.
test('a backup in the list is restored from Settings, and the replaced file is kept', async ({ page }) => {
  const app = await startOwnApp() // its daily backup holds the empty file
  try {
    await newCustomerIn(page, app.url, '备份之后的客户')

    await page.goto(`${app.url}/#/settings`)
    const list = page.getByTestId('backups-list')
    await list.getByRole('row').filter({ hasText: 'Daily' }).getByTestId('backup-restore').click()
    await expect(page.getByTestId('restore-body')).toContainText('holds No records')
    await page.getByTestId('restore-yes').click()
    await expect(list.getByText('Before a restore')).toBeVisible() // the page reloaded with the new list
    await expect(list.getByRole('row').filter({ hasText: 'Before a restore' })).toContainText('1 customer')
    await page.goto(`${app.url}/#/customers`)
    await expect(page.getByText('备份之后的客户')).toHaveCount(0) // nor in the records opened lately: they were the replaced file's
  } finally {
    await app.stop()
  }
})

test('the data file is compacted from Settings, the app goes on with it, and the file as it was is kept', async ({ page }) => {
  const app = await startOwnApp()
  try {
    await newCustomerIn(page, app.url, '压缩之前的客户')
    await page.goto(`${app.url}/#/settings`)
    await expect(page.getByTestId('data-size')).toContainText(/ free$/)
    await page.getByTestId('compact-data').click()
    await expect(page.getByTestId('compact-body')).toContainText('kept in the backups folder')
    await page.getByTestId('compact-yes').click()
    await expect(page.getByText(/Data file compacted: [\d.,]+ [KM]?B → [\d.,]+ [KM]?B\./)).toBeVisible()
    await expect(page.getByTestId('backups-list').getByRole('row').filter({ hasText: 'Before compacting' })).toContainText('1 customer')
    await page.getByTestId('nav-customers').click()
    await expect(page.getByTestId('customer-row').filter({ hasText: '压缩之前的客户' })).toBeVisible()
  } finally {
    await app.stop()
  }
})

test.describe('in Chinese, on the problem page', () => {
  test.use({ locale: 'zh-CN' })

  test('a damaged data file is replaced by a backup the user picks, and the app opens on it', async ({ page }) => {
    const first = await startOwnApp()
    await newCustomerIn(page, first.url, '杭州数智科技')
    await page.goto(`${first.url}/#/settings`)
    await page.getByTestId('backup-now').click()
    await expect(page.getByText(/已备份到/)).toBeVisible()
    await first.stop(true)
    const copy = join(first.dir, 'exports', readdirSync(join(first.dir, 'exports')).find((f) => f.startsWith('vendordesk-backup-'))!)
    const file = join(first.dir, 'vendordesk.db')
    writeFileSync(file, '客户名称,联系人\n杭州数智科技,王芳\n') // a CSV saved over the data file
    const damaged = sum(file)

    const app = await startOwnApp(first.dir, { VENDORDESK_OPEN_FILE: copy })
    try {
      await page.goto(app.url)
      await expect(page.getByTestId('startup-error')).toHaveAttribute('data-kind', 'foreign')
      await expect(page.getByTestId('problem-backup').first()).toContainText('每日自动') // the day's automatic copy is listed
      await shot(page, 'data-file-problem-restore')
      await page.getByTestId('problem-restore-file').click()
      await expect(page.getByTestId('restore-body')).toContainText('1 个客户')
      await shot(page, 'data-file-restore-confirm')
      await page.getByTestId('restore-yes').click()
      await page.getByTestId('nav-customers').click() // the reloaded app, on the restored file
      await expect(page.getByText('杭州数智科技')).toBeVisible()
      const kept = readdirSync(join(app.dir, 'backups')).filter((f) => /^vendordesk-damaged-.*\.db$/.test(f))
      expect(kept).toHaveLength(1)
      expect(sum(join(app.dir, 'backups', kept[0]))).toBe(damaged)
    } finally {
      await app.stop()
    }
  })
})

// "Check data file" on the shared app, whose file the other specs keep writing to: every page and
// every index checks clean, and the result says so.
test('"Check data file" in Settings checks the whole file and says it is sound', async ({ page }) => {
  await setLanguage(page, 'en') // a spec before it may have left the shared app in Chinese
  await open(page, '/settings')
  await page.getByTestId('data-check-run').click()
  const result = page.getByTestId('data-check-result')
  await expect(result).toHaveAttribute('data-ok', 'true', { timeout: 30_000 })
  await expect(result).toContainText('No problems found')
  await shot(page, 'settings-data-check')
})

// Moving to another VendorDesk through an export: everything exported from one app is imported
// into a new one, which shows it at once and keeps its own file.
test('everything exported from one app is imported into a new one', async ({ page }) => {
  const from = await startOwnApp()
  let copy = ''
  try {
    await newCustomerIn(page, from.url, '导出的客户')
    await page.goto(`${from.url}/#/settings`)
    await page.getByTestId('export-all').click()
    await expect(page.getByText(/Exported 1 customer.* to .*vendordesk-export-\d{4}-\d{2}-\d{2}\.json/)).toBeVisible()
    copy = join(mkdtempSync(join(tmpdir(), 'vendordesk-export-')), 'export.json')
    const made = readdirSync(join(from.dir, 'exports')).find((f) => f.startsWith('vendordesk-export-'))!
    writeFileSync(copy, readFileSync(join(from.dir, 'exports', made)))
  } finally {
    await from.stop()
  }
  const to = await startOwnApp(undefined, { VENDORDESK_OPEN_FILE: copy })
  try {
    await page.goto(`${to.url}/#/settings`)
    await page.getByTestId('import-export').click()
    await expect(page.getByTestId('import-body')).toContainText('1 customer')
    await page.getByTestId('import-yes').click()
    await expect(page.getByTestId('backups-list').getByText('Before a restore')).toBeVisible() // reloaded on the new file
    await page.getByTestId('nav-customers').click()
    await expect(page.getByText('导出的客户')).toBeVisible()
  } finally {
    await to.stop()
  }
})

// A file whose header is damaged: what still reads is saved into a new file, then restored.
test('what still reads of a damaged file is saved and put in its place', async ({ page }) => {
  const first = await startOwnApp()
  await newCustomerIn(page, first.url, '抢救出来的客户')
  await newCustomerIn(page, first.url, '另一个客户')
  await first.stop(true)
  const file = join(first.dir, 'vendordesk.db')
  const bytes = readFileSync(file)
  for (let i = 16; i < 80; i++) bytes[i] ^= 0x5a // header page 0
  writeFileSync(file, bytes)
  const damaged = sum(file)
  const app = await startOwnApp(first.dir)
  try {
    await page.goto(app.url)
    await expect(page.getByTestId('startup-error')).toHaveAttribute('data-kind', 'header')
    await page.getByTestId('salvage-run').click()
    await expect(page.getByTestId('salvage-report')).toContainText(/Saved \d customers?/)
    await page.getByTestId('salvage-use').click()
    await page.getByTestId('restore-yes').click()
    await page.getByTestId('nav-customers').click()
    await expect(page.getByText('抢救出来的客户')).toBeVisible()
    const kept = readdirSync(join(app.dir, 'backups')).filter((f) => /^vendordesk-damaged-.*\.db$/.test(f))
    expect(kept).toHaveLength(1)
    expect(sum(join(app.dir, 'backups', kept[0]))).toBe(damaged)
  } finally {
    await app.stop()
  }
})
