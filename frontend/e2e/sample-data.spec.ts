import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { guardEveryTest, shot } from './helpers'
import { startOwnApp, type OwnApp } from './ownApp'

// "Load sample data" on an empty database lights up every page: a new user clicks it once and
// finds records on each screen of the sidebar and on the record pages behind them. The other
// specs share one database, which they fill (so it is never empty again): each language here
// runs against an app of its own on a fresh data folder, whatever ran before. The interface
// language is the browser's (setting "auto"), and the sample speaks it.
guardEveryTest()

// Every kind of item a customer's story tells (backend.StoryKinds): the live customer has them all.
const STORY_KINDS = ['interaction', 'deal', 'quote', 'sales_contract', 'invoice', 'payment', 'requirement', 'baseline', 'deployment', 'ticket', 'callback', 'contract', 'change']

const LANGS = {
  'zh-CN': {
    loaded: '已加载示例数据：11 个客户',
    total: '共 11 条',
    key: '无锡锡东半导体封装有限公司', // live, 7x24, tickets at risk and breached, callbacks
    confirming: '宁波海曙汽车零部件有限公司', // baseline v1 and changes since
    deploying: '佛山顺德美家电器有限公司', // checklist half done
    checklist: '3/6',
    nameScript: /\p{Script=Han}/u,
    dossierLang: 'dossier-lang-zh',
    licence: /永久授权|订阅授权/,
    // The story and the open tickets as sentences in the dossier's words, with the amounts and the SLA.
    dossier: [/<th>阶段<\/th><td>成交客户<\/td>/, /<li>赢单：DL-\d{4} [^<]+（CNY [\d,]+\.\d{2}）<\/li>/, /<li>T-\d{4} [^<]+：P\d [^<]+，SLA 超时<\/li>/],
  },
  en: {
    loaded: 'Loaded the sample vendor: 11 customers',
    total: '11 in all',
    key: 'Castlegate Semiconductor Packaging Ltd',
    confirming: 'Redfern Auto Components Ltd',
    deploying: 'Ridgeway Home Appliances Ltd',
    checklist: '3 of 6 done',
    nameScript: /^[\x20-\x7e]+$/,
    dossierLang: 'dossier-lang-en',
    licence: /Perpetual|Subscription/,
    dossier: [/<th>Stage<\/th><td>Customer<\/td>/, /<li>Deal won: DL-\d{4} [^<]+ \(CNY [\d,]+\.\d{2}\)<\/li>/, /<li>T-\d{4} [^<]+: P\d [^<]+, SLA breached<\/li>/],
  },
} as const

for (const [lang, L] of Object.entries(LANGS)) {
  test.describe(`sample data in ${lang}`, () => {
    test.describe.configure({ mode: 'serial' })
    test.use({ locale: lang })
    let app: OwnApp
    test.beforeAll(async () => {
      app = await startOwnApp()
    })
    test.afterAll(async () => {
      await app?.stop()
    })

    /** Opens a route of this spec's own app. */
    async function go(page: Page, hash: string) {
      await page.goto(`${app.url}/#${hash}`)
      await page.waitForFunction(() => !!(window as unknown as { go?: { api?: unknown } }).go?.api, null, { timeout: 20_000 })
      await expect(page.getByTestId('nav-home')).toBeVisible()
    }

    async function openCustomer(page: Page, name: string, tab: string) {
      await go(page, '/customers')
      await page.getByTestId('customer-row').filter({ hasText: name }).click()
      await expect(page.getByTestId('customer-title')).toHaveText(name)
      await page.getByTestId(`tab-${tab}`).click()
    }

    test('loads from the empty home page, which then shows work to do', async ({ page }) => {
      await go(page, '/')
      await page.getByTestId('load-sample').click()
      await expect(page.locator('.n-message').filter({ hasText: L.loaded })).toBeVisible()
      await expect(page.getByTestId('home-empty-db')).toHaveCount(0)
      await expect(page.getByTestId('follow-up-item').first()).toBeVisible()
      // Tickets breached and at risk at the moment of loading, counted on the first screen.
      await expect(page.getByTestId('support-breached')).toHaveAttribute('data-count', /^[1-9]/)
      await expect(page.getByTestId('support-at_risk')).toHaveAttribute('data-count', /^[1-9]/)
      await expect(page.getByTestId('callback-row').first()).toBeVisible()
      await expect(page.getByTestId('renewal-row')).toHaveCount(2)
      await shot(page, `sample-${lang}-home`)
    })

    test('customers: every one named in the interface language', async ({ page }) => {
      await go(page, '/customers')
      await expect(page.getByTestId('customer-total')).toHaveText(L.total)
      for (const name of await page.getByTestId('customer-name').allInnerTexts()) expect(name).toMatch(L.nameScript)
      await shot(page, `sample-${lang}-customers`)
    })

    test("a live customer's tabs all hold records", async ({ page }) => {
      await openCustomer(page, L.key, 'overview')
      await shot(page, `sample-${lang}-customer-overview`)
      const tabs: [string, string][] = [
        ['contacts', 'contact-row'],
        ['interactions', 'interaction-item'],
        ['requirements', 'req-row'],
        ['deployments', 'deployment-row'],
        ['service', 'contract-row'],
      ]
      for (const [tab, row] of tabs) {
        await page.getByTestId(`tab-${tab}`).click()
        await expect(page.getByTestId(row).first()).toBeVisible()
      }
      await expect(page.getByTestId('customer-callback').first()).toBeVisible()
      await expect(page.getByTestId('customer-ticket').first()).toBeVisible()
      await shot(page, `sample-${lang}-customer-service`)
      await page.getByTestId('tab-history').click()
      await expect(page.getByTestId('customer-history')).not.toBeEmpty()

      // The whole story with every kind of item, a chip each; a chip keeps its kind only.
      await page.getByTestId('tab-story').click()
      const chips = page.getByTestId('story-chip')
      for (const kind of STORY_KINDS) {
        await expect(chips.and(page.locator(`[data-kind=${kind}]`))).toBeVisible()
      }
      await shot(page, `sample-${lang}-customer-story`)
      await chips.and(page.locator('[data-kind=sales_contract]')).click()
      await expect(page.getByTestId('story-item').first()).toContainText(L.licence) // a contract's licence, in words
      await chips.and(page.locator('[data-kind=ticket]')).click()
      await expect(page.getByTestId('story-item').first()).toHaveAttribute('data-kind', 'ticket')
      await expect(page.getByTestId('story-item').and(page.locator(':not([data-kind=ticket])'))).toHaveCount(0)
      await page.getByTestId('story-item').first().click()
      await expect(page).toHaveURL(/#\/tickets\//)
    })

    test("a live customer's dossier, saved as a web page, holds its profile and its story in words", async ({ page }) => {
      await openCustomer(page, L.key, 'overview')
      await page.getByTestId('customer-dossier').click()
      await page.getByTestId(L.dossierLang).click()
      await page.getByTestId('dossier-format-html').click()
      await shot(page, `sample-${lang}-dossier`)
      await page.getByTestId('dossier-export-go').click()
      await expect(page.getByTestId('dossier-path')).toContainText('.html')
      const path = (await page.getByTestId('dossier-path').innerText()).trim()
      expect(path).toContain(L.key)
      const html = readFileSync(path, 'utf8')
      expect(html).toContain(L.key)
      for (const sentence of L.dossier) expect(html).toMatch(sentence)
      await page.getByTestId('dossier-close').click()
      await expect(page.getByTestId('dossier-export')).toHaveCount(0)
    })

    test('a customer confirming its requirements has a baseline and changes since', async ({ page }) => {
      await openCustomer(page, L.confirming, 'confirmation')
      await expect(page.getByTestId('baseline-row')).toHaveCount(1)
      await page.getByTestId('tab-requirements').click()
      await expect(page.getByTestId('req-since').first()).toBeVisible()
      await shot(page, `sample-${lang}-confirmation`)
    })

    test('the sales pipeline has deals at every stage, with their sums', async ({ page }) => {
      await go(page, '/deals')
      for (const stage of ['initial', 'qualified', 'proposal', 'negotiation', 'won', 'lost']) {
        await expect(page.getByTestId(`deal-column-${stage}`).getByTestId('deal-card').first()).toBeVisible()
      }
      await expect(page.getByTestId('deal-total-won')).toHaveText('7')
      await shot(page, `sample-${lang}-deals`)
    })

    test('the dashboard shows the sample vendor’s sales, pipeline and receivables', async ({ page }) => {
      await go(page, '/dashboard')
      await expect(page.getByTestId('figure-signed').getByTestId('figure-value')).not.toHaveText('¥0')
      await expect(page.getByTestId('figure-overdue').getByTestId('figure-value')).not.toHaveText(/^¥0$|^CN¥0$/)
      await expect(page.getByTestId('top-customer')).toHaveCount(5)
      await page.waitForTimeout(500) // the charts' bars grow in 0.3 s
      await shot(page, `sample-${lang}-dashboard`)
      // Delivery: deployments under way; customers needing attention, the late payer among them.
      await expect(page.getByTestId('figure-inProgress').getByTestId('figure-value')).not.toHaveText('0')
      await expect(page.getByTestId('health-row').locator('[data-reason=overdue_payment]')).toHaveCount(1)
      await page.getByTestId('health').scrollIntoViewIfNeeded()
      await shot(page, `sample-${lang}-dashboard-delivery`)
      // Service: open tickets, some past their SLA; a priority's column opens its queue.
      await expect(page.getByTestId('figure-openTickets').getByTestId('figure-value')).not.toHaveText('0')
      await expect(page.getByTestId('figure-breached').getByTestId('figure-value')).not.toHaveText('0')
      await expect(page.getByTestId('health-issue').locator('xpath=.').and(page.locator('[data-reason=sla_breach]')).first()).toBeVisible()
      const chart = page.getByTestId('chart-ticket-priority').locator('canvas').first()
      await chart.scrollIntoViewIfNeeded()
      await page.waitForTimeout(400)
      await shot(page, `sample-${lang}-dashboard-service`)
      const box = (await chart.boundingBox())!
      await chart.click({ position: { x: 40 + (box.width - 52) / 8, y: box.height / 2 } }) // the first of four: P1
      await expect(page).toHaveURL(/\/tickets/)
      await expect(page.getByTestId('ticket-filter-priority')).toContainText('P1')
    })

    test('requirements as a list and a board, and the market research', async ({ page }) => {
      await go(page, '/requirements')
      await expect(page.getByTestId('reqlist-row').first()).toBeVisible()
      await page.getByTestId('reqlist-view-board').click()
      await expect(page.getByTestId('board-card').first()).toBeVisible()
      await shot(page, `sample-${lang}-board`)
      await go(page, '/competitors')
      await expect(page.getByTestId('competitor-row')).toHaveCount(3)
    })

    test('releases, a release, the version matrix and a deployment in progress', async ({ page }) => {
      await go(page, '/releases')
      await expect(page.getByTestId('release-row')).toHaveCount(6)
      await page.getByTestId('release-row').filter({ hasText: '3.0.0' }).click()
      await expect(page.getByTestId('release-req-row').first()).toBeVisible()
      await expect(page.getByTestId('release-dep-row').first()).toBeVisible()
      await go(page, '/versions')
      await expect(page.getByTestId('matrix-row').nth(4)).toBeVisible()
      await shot(page, `sample-${lang}-versions`)
      await openCustomer(page, L.deploying, 'deployments')
      await page.getByTestId('deployment-row').first().click()
      await expect(page.getByTestId('checklist-progress')).toContainText(L.checklist)
      await shot(page, `sample-${lang}-deployment`)
    })

    test('support queues with tickets at risk and breached, and a ticket page', async ({ page }) => {
      await go(page, '/tickets')
      await expect(page.getByTestId('ticket-row').first()).toBeVisible()
      for (const view of ['at_risk', 'breached']) {
        await page.getByTestId(`ticket-view-${view}`).click()
        await expect(page.getByTestId('ticket-row').first()).toBeVisible()
      }
      await shot(page, `sample-${lang}-tickets-breached`)
      await page.getByTestId('ticket-row').first().click()
      await expect(page.getByTestId('ticket-heading')).toBeVisible()
      await expect(page.getByTestId('thread-item').first()).toBeVisible()
      await expect(page.getByTestId('clock').first()).toBeVisible()
      await shot(page, `sample-${lang}-ticket`)
    })

    test('settings list the service levels the contracts use', async ({ page }) => {
      await go(page, '/settings')
      await expect(page.getByTestId('policy-row')).toHaveCount(2)
      await expect(page.getByTestId('tier-row')).toHaveCount(2)
    })
  })
}
