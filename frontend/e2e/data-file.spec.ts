import { expect, test } from '@playwright/test'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
