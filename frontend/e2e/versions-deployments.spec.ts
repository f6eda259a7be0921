import { expect, test, type Page } from '@playwright/test'
import { choose, guardEveryTest, open, setLanguage, shot, todayISO } from './helpers'

// Deployments (实施与部署) and the version matrix: a released version is deployed to two customers
// through the customer page, one deployment is taken from preparation to acceptance, and the
// matrix shows who runs what. Makes its own customers and releases through the bindings (names
// and versions of its own: the files share one database); the steps build on each other.
test.describe.configure({ mode: 'serial' })

const A = '部署测试甲科技有限公司'
const B = '部署测试乙科技有限公司'
const C = '部署测试丙科技有限公司' // runs the older version (set up through the bindings)
const OLD = '8.0.0'
const NEW = '9.0.0'
const RC = '9.1.0-rc.1' // planned: not released
const XSS = '<img src=x onerror=alert(1)>'
const ids: Record<string, string> = {}
let depHash = ''
guardEveryTest()

type Api = Record<string, Record<string, (...a: unknown[]) => Promise<Record<string, unknown> & { id: string }>>>

async function seed(page: Page) {
  return page.evaluate(
    async ({ names, released, planned, deployedOn }) => {
      const api = (window as unknown as { go: { api: Api } }).go.api
      const out: Record<string, string> = {}
      for (const [key, name] of Object.entries(names)) out[key] = (await api.Customers.Create({ name })).id
      for (const version of released) {
        const r = await api.Releases.Create({ version, requirements: [] })
        await api.Releases.Transition(r.id, 'in_test', '')
        await api.Releases.Transition(r.id, 'released', '')
        out[version] = r.id
      }
      out[planned] = (await api.Releases.Create({ version: planned, requirements: [] })).id
      // C runs the older version in production.
      const d = await api.Deployments.Create({ customerId: out.C, releaseId: out[released[0]], environment: 'production', checklist: [], trainings: [] })
      await api.Deployments.Update({ ...d, deployedOn })
      await api.Deployments.Transition(d.id, 'preparing', '')
      await api.Deployments.Transition(d.id, 'deployed', '')
      return out
    },
    { names: { A, B, C }, released: [OLD, NEW], planned: RC, deployedOn: todayISO(-30) },
  )
}

/** Types a date into a Naive date picker. */
async function setDate(page: Page, testid: string, date: string) {
  const input = page.getByTestId(testid).locator('input')
  await input.fill(date)
  await input.press('Enter')
  await expect(input).toHaveValue(date)
}

async function move(page: Page, to: string) {
  await page.getByTestId('deployment-status-menu').click()
  await page.getByTestId(`deployment-status-option-${to}`).click()
  await expect(page.getByTestId('deployment-status')).toHaveAttribute('data-status', to)
}

/** Starts a deployment of version in production from the customer's deployments tab. */
async function deploy(page: Page, customer: string, version: string) {
  await open(page, `/customers/${ids[customer]}?tab=deployments`)
  await page.getByTestId('new-deployment').click()
  await choose(page, 'input-releaseId', version)
  await page.getByTestId('deployment-save').click()
  await expect(page.getByTestId('deployment-title')).toHaveText(new RegExp(`^D-\\d{4} · ${customer === 'A' ? A : B} · ${version.replace(/\./g, '\\.')} · 生产环境$`))
  await expect(page.getByTestId('deployment-status')).toHaveText('计划中')
}

test('sets up three customers and released versions', async ({ page }) => {
  await setLanguage(page, 'zh-CN')
  Object.assign(ids, await seed(page))
  await open(page, `/customers/${ids.A}?tab=deployments`)
  await expect(page.getByTestId('tab-deployments')).toHaveText('实施部署')
  await expect(page.getByTestId('deployment-current-none')).toBeVisible()
  await expect(page.getByTestId('deployment-empty')).toBeVisible()
})

test('an unreleased version in production asks for a reason', async ({ page }) => {
  await open(page, `/customers/${ids.A}?tab=deployments`)
  await page.getByTestId('new-deployment').click()
  await choose(page, 'input-releaseId', RC)
  await expect(page.getByTestId('input-releaseOverride')).toBeVisible()
  // Not in a test environment.
  await choose(page, 'input-environment', '测试环境')
  await expect(page.getByTestId('input-releaseOverride')).toHaveCount(0)
  await choose(page, 'input-environment', '生产环境')
  await choose(page, 'input-releaseId', NEW)
  await expect(page.getByTestId('input-releaseOverride')).toHaveCount(0)
  await page.getByTestId('deployment-save').click()
  await expect(page.getByTestId('deployment-title')).toContainText(`${A} · ${NEW} · 生产环境`)
  depHash = new URL(page.url()).hash.slice(1)
  expect(depHash).toMatch(/^\/deployments\/[0-9a-f-]{36}$/)
  // The customer's tab lists it; nothing is in production yet.
  await open(page, `/customers/${ids.A}?tab=deployments`)
  await expect(page.getByTestId('deployment-row')).toHaveCount(1)
  await expect(page.getByTestId('deployment-row-status')).toHaveText('计划中')
  await expect(page.getByTestId('deployment-current-none')).toBeVisible()
  await page.getByTestId('deployment-row').click()
  await expect(page).toHaveURL(new RegExp(`#${depHash}$`))
})

test('prepares the environment with a checklist', async ({ page }) => {
  await open(page, depHash)
  await page.getByTestId('checklist-add').click()
  await page.getByTestId('checklist-text-0').fill('数据库服务器就绪')
  await page.getByTestId('checklist-add').click()
  await page.getByTestId('checklist-text-1').fill('开通 VPN 访问')
  await page.getByTestId('checklist-note-1').fill('等待客户 IT')
  await page.getByTestId('checklist-done-0').click()
  await page.getByTestId('checklist-save').click()
  await expect(page.getByTestId('checklist-progress')).toHaveText('已完成 1/2')
  await move(page, 'preparing')
  // Kept after a reload.
  await page.reload()
  await expect(page.getByTestId('checklist-text-1')).toHaveValue('开通 VPN 访问')
  await expect(page.getByTestId('checklist-note-1')).toHaveValue('等待客户 IT')
  await page.getByTestId('checklist-done-1').click()
  await page.getByTestId('checklist-save').click()
  await expect(page.getByTestId('checklist-progress')).toHaveText('已完成 2/2')
})

test('records the deployment; a step without its record is refused', async ({ page }) => {
  await open(page, depHash)
  await page.getByTestId('deployment-status-menu').click()
  await page.getByTestId('deployment-status-option-deployed').click()
  await expect(page.locator('.n-message').filter({ hasText: '部署日期' })).toBeVisible()
  await expect(page.getByTestId('deployment-status')).toHaveAttribute('data-status', 'preparing')

  await setDate(page, 'input-deployedOn', todayISO(-10))
  await page.getByTestId('input-deployedBy').fill('王工')
  await page.getByTestId('input-configNotes').fill(`## 配置\n端口 8443 ${XSS}`)
  await page.getByTestId('deploy-save').click()
  const view = page.getByTestId('config-notes-view')
  await expect(view).toContainText(XSS)
  await expect(view.locator('img')).toHaveCount(0)
  await move(page, 'deployed')
})

test('records a training session', async ({ page }) => {
  await open(page, depHash)
  await page.getByTestId('training-add').click()
  await setDate(page, 'input-trainingDate', todayISO(-8))
  await page.getByTestId('input-trainer').fill('李老师')
  await page.getByTestId('input-attendees').click()
  for (const name of ['张三', '李四']) {
    await page.keyboard.type(name)
    await page.keyboard.press('Enter')
  }
  await page.getByTestId('input-trainer').click()
  await page.getByTestId('input-topics').fill('日常操作与报表')
  await page.getByTestId('input-materials').fill('操作手册 v9')
  await page.getByTestId('input-score').locator('.n-rate__item').nth(3).click()
  await page.getByTestId('training-save').click()
  const item = page.getByTestId('training-item')
  await expect(item).toHaveCount(1)
  await expect(item.getByTestId('training-trainer')).toHaveText('李老师')
  await expect(item.getByTestId('training-attendee')).toHaveText(['张三', '李四'])
  await expect(item.getByTestId('training-topics')).toHaveText('日常操作与报表')
  await move(page, 'training')
})

test('goes live: the go-live date cannot be before the deployment', async ({ page }) => {
  await open(page, depHash)
  await setDate(page, 'input-goLiveOn', todayISO(-20))
  await page.getByTestId('golive-save').click()
  await expect(page.getByTestId('error-goLiveOn')).toContainText(todayISO(-10))
  await setDate(page, 'input-goLiveOn', todayISO(-5))
  await setDate(page, 'input-supportUntil', todayISO(30))
  await page.getByTestId('golive-save').click()
  await expect(page.getByTestId('error-goLiveOn')).toHaveCount(0)
  await move(page, 'live')
  // Live, but the customer is still a lead: the app offers to mark it a customer; declined, the
  // stage stays.
  await expect(page.getByTestId('stage-offer-body')).toHaveText(`${A} 已正式上线，但阶段仍是“线索”。要改为“成交客户”吗？`)
  await page.getByTestId('stage-offer-no').click()
  await expect(page.getByTestId('stage-offer-body')).toHaveCount(0)
  await open(page, `/customers/${ids.A}`)
  await expect(page.getByTestId('customer-stage')).toHaveText('线索')
})

test('is accepted, then only the notes can change', async ({ page }) => {
  await open(page, depHash)
  await page.getByTestId('input-acceptedBy').fill('赵总')
  await setDate(page, 'input-acceptedOn', todayISO(-1))
  await choose(page, 'input-acceptMethod', '纸质签字')
  await page.getByTestId('input-acceptNote').fill('验收单已归档')
  await page.getByTestId('acceptance-save').click()
  await expect(page.locator('.n-message').filter({ hasText: '已保存' }).first()).toBeVisible()
  await move(page, 'accepted')
  await expect(page.getByTestId('deployment-accepted-notice')).toHaveText('已验收，只能修改备注。')
  await expect(page.getByTestId('deployment-status-menu')).toBeDisabled()
  await expect(page.getByTestId('checklist-text-0')).toBeDisabled()
  await expect(page.getByTestId('input-deployedBy')).toBeDisabled()
  await expect(page.getByTestId('input-acceptedBy')).toBeDisabled()
  for (const s of ['checklist', 'deploy', 'golive', 'acceptance']) await expect(page.getByTestId(`${s}-save`)).toHaveCount(0)
  await expect(page.getByTestId('training-add')).toHaveCount(0)
  await page.getByTestId('input-notes').fill('客户满意，三个月后回访')
  await page.getByTestId('notes-save').click()
  await page.reload()
  await expect(page.getByTestId('input-notes')).toHaveValue('客户满意，三个月后回访')
  await expect(page.getByTestId('deployment-status')).toHaveText('已验收')
  await shot(page, 'zh-deployment')
})

test('deploys the same version to the second customer, with the checklist at 1/2 and a reason', async ({ page }) => {
  const WHY = '客户机房下周才开通 VPN，先现场部署'
  await deploy(page, 'B', NEW)
  await page.getByTestId('checklist-add').click()
  await page.getByTestId('checklist-text-0').fill('数据库服务器就绪')
  await page.getByTestId('checklist-add').click()
  await page.getByTestId('checklist-text-1').fill('开通 VPN 访问')
  await page.getByTestId('checklist-done-0').click()
  await page.getByTestId('checklist-save').click()
  await expect(page.getByTestId('checklist-progress')).toHaveText('已完成 1/2')
  await move(page, 'preparing')
  await setDate(page, 'input-deployedOn', todayISO(-2))
  await page.getByTestId('deploy-save').click()
  await expect(page.locator('.n-message').filter({ hasText: '已保存' }).first()).toBeVisible()

  // Deployed with an item open: the reason is asked; cancelled, it stays in preparation.
  const status = page.getByTestId('deployment-status')
  await page.getByTestId('deployment-status-menu').click()
  await page.getByTestId('deployment-status-option-deployed').click()
  await expect(page.getByTestId('req-reason-hint')).toHaveText('部署准备清单已完成 1/2，未完成：开通 VPN 访问。如仍要标记为已部署，请填写原因。')
  await expect(page.getByTestId('req-reason-dialog')).toContainText('仍要标记为已部署？')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('req-reason-input')).toHaveCount(0)
  await expect(status).toHaveAttribute('data-status', 'preparing')
  await page.getByTestId('deployment-status-menu').click()
  await page.getByTestId('deployment-status-option-deployed').click()
  await expect(page.getByTestId('req-reason-ok')).toBeDisabled()
  await page.getByTestId('req-reason-input').fill(WHY)
  await shot(page, 'zh-deployment-checklist-reason')
  await page.getByTestId('req-reason-ok').click()
  await expect(status).toHaveAttribute('data-status', 'deployed')
  // The reason is in the customer's history with the change.
  await open(page, `/customers/${ids.B}?tab=history`)
  await expect(page.getByTestId('history-note').filter({ hasText: WHY })).toHaveCount(1)
  await open(page, `/customers/${ids.B}?tab=deployments`)
  await page.getByTestId('deployment-row').click()
  // The customer's tab shows the version in production.
  await page.getByTestId('deployment-customer').click()
  await expect(page.getByTestId('deployment-current-version')).toHaveText(NEW)
})

test('the matrix shows who runs what, and filters by older-than and by release', async ({ page }) => {
  await open(page, '/')
  await expect(page.getByTestId('nav-versions')).toHaveText('版本矩阵')
  await page.getByTestId('nav-versions').click()
  await page.getByTestId('matrix-search').fill('部署测试')
  const rows = page.getByTestId('matrix-row')
  await expect(rows).toHaveCount(3)
  await expect(page.getByTestId('matrix-newest')).toContainText(NEW)
  for (const name of [A, B]) {
    const row = rows.filter({ hasText: name })
    await expect(row.getByTestId('matrix-version')).toHaveText(NEW)
    await expect(row.getByTestId('matrix-behind')).toHaveText('最新')
  }
  await expect(rows.filter({ hasText: C }).getByTestId('matrix-version')).toHaveText(OLD)
  await expect(rows.filter({ hasText: C }).getByTestId('matrix-behind')).toHaveText('落后 1 个版本')
  await expect(page.getByTestId('matrix-table').getByTestId('list-loading')).toHaveCount(0)
  await shot(page, 'zh-versions')

  await choose(page, 'matrix-older', NEW)
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(C)
  await page.getByTestId('matrix-older').hover()
  await page.getByTestId('matrix-older').locator('.n-base-clear').click()
  await expect(rows).toHaveCount(3)
  // The older-than menu's options stay in the page (fading out): pick the release by typing it.
  await page.getByTestId('matrix-release').click()
  await page.keyboard.type(NEW)
  await page.keyboard.press('Enter')
  await expect(rows).toHaveCount(2)
  await rows.filter({ hasText: A }).getByTestId('matrix-customer').click()
  await expect(page.getByTestId('customer-title')).toHaveText(A)
  await expect(page.getByTestId('deployment-current-version')).toHaveText(NEW)
})

test('the release page lists which customers have it', async ({ page }) => {
  await open(page, `/releases/${ids[NEW]}`)
  const card = page.getByTestId('release-deployments')
  await expect(card.getByTestId('release-dep-row')).toHaveCount(2)
  await expect(card.getByTestId('release-dep-customer')).toHaveText([B, A])
  await expect(card.getByTestId('release-dep-status')).toHaveText(['已部署', '已验收'])
})

test('traces a requirement to its release and the customers running it', async ({ page }) => {
  const TITLE = '追溯测试：按客户导出对账单'
  const DRAFT = '追溯测试：尚未排期的需求'
  const TRACED = '9.2.0'
  await open(page, '/')
  const got = await page.evaluate(
    async ({ customerId, title, draft, version, deployedOn }) => {
      const api = (window as unknown as { go: { api: Api } }).go.api
      let r = await api.Requirements.Create({ customerId, title })
      for (const to of ['in_review', 'confirmed', 'designed', 'in_development', 'in_test']) r = await api.Requirements.Transition(r.id, to, '')
      const full = await api.Requirements.Get(r.id)
      await api.Requirements.Update({ ...full, design: { ...(full.design as object), architecture: '对账服务按客户分片' } })
      await api.Requirements.Create({ customerId, title: draft })
      const rel = await api.Releases.Create({ version, requirements: [r.id] })
      await api.Releases.Transition(rel.id, 'in_test', '')
      await api.Releases.Transition(rel.id, 'released', '')
      const d = await api.Deployments.Create({ customerId, releaseId: rel.id, environment: 'production', checklist: [], trainings: [] })
      await api.Deployments.Update({ ...d, deployedOn })
      await api.Deployments.Transition(d.id, 'preparing', '')
      await api.Deployments.Transition(d.id, 'deployed', '')
      return { release: rel.id, deployment: d.id }
    },
    { customerId: ids.A, title: TITLE, draft: DRAFT, version: TRACED, deployedOn: todayISO(-1) },
  )

  // The release page: requirement → design → tests → release → the deployment at its customer.
  await open(page, `/releases/${got.release}`)
  const trace = page.getByTestId('release-trace')
  await expect(trace).toContainText('追溯')
  const row = trace.getByTestId('trace-row')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(TITLE)
  await expect(row.getByTestId('trace-customer')).toHaveText(A)
  await expect(row.getByTestId('trace-design')).toHaveText('✓ 已设计')
  await expect(row.getByTestId('trace-tests').locator('.vd-tag')).toHaveText(['单元', '集成', '系统'])
  await expect(row.getByTestId('trace-tests')).toHaveAttribute('data-system', 'not_started')
  await expect(row.getByTestId('trace-release')).toHaveAttribute('data-version', TRACED)
  await expect(row.getByTestId('trace-release')).toHaveText(`${TRACED}已发布`)
  await expect(row.getByTestId('trace-deployment')).toHaveText('生产环境 · 已部署')
  await shot(page, 'zh-release-trace')
  await row.getByTestId('trace-deployment').click()
  await expect(page).toHaveURL(new RegExp(`#/deployments/${got.deployment}$`))
  await expect(page.getByTestId('deployment-title')).toContainText(`${A} · ${TRACED} · 生产环境`)

  // Customer A's deployments tab traces each of its requirements; the draft is in no release.
  await open(page, `/customers/${ids.A}?tab=deployments`)
  const mine = page.getByTestId('customer-trace')
  await expect(mine).toContainText('需求追溯')
  await expect(mine.getByTestId('trace-row')).toHaveCount(2)
  const traced = mine.getByTestId('trace-row').filter({ hasText: TITLE })
  await expect(traced.getByTestId('trace-design')).toHaveText('✓ 已设计')
  await expect(traced.getByTestId('trace-release')).toHaveAttribute('data-version', TRACED)
  await expect(traced.getByTestId('trace-deployment')).toHaveText('生产环境 · 已部署')
  await expect(traced.getByTestId('trace-customer')).toHaveCount(0) // one customer: no column
  const drafted = mine.getByTestId('trace-row').filter({ hasText: DRAFT })
  await expect(drafted.getByTestId('trace-design')).toHaveText('—')
  await expect(drafted.getByTestId('trace-release')).toHaveText('—')
  await expect(drafted.getByTestId('trace-deployment')).toHaveCount(0)
  await shot(page, 'zh-customer-trace')

  // The requirement's history drawer says where it is delivered and who runs it.
  await open(page, `/customers/${ids.A}?tab=requirements`) // the same customer page: ?tab= switches the tab
  await page.getByTestId('req-row').filter({ hasText: TITLE }).getByTestId('req-history-open').click()
  const delivery = page.getByTestId('req-delivery')
  await expect(delivery).toHaveAttribute('data-found', 'true')
  await expect(delivery).toContainText(`交付版本${TRACED}已发布`)
  await expect(delivery.getByTestId('req-delivery-customer')).toHaveText([A])
  await shot(page, 'zh-requirement-delivery')
  // Its customer link switches to the deployments tab of that same customer, closing the drawer.
  await delivery.getByTestId('req-delivery-customer').click()
  await expect(page.getByTestId('customer-trace')).toBeVisible()
  await expect(delivery).toHaveCount(0)
  await open(page, `/customers/${ids.A}?tab=requirements`)
  await page.getByTestId('req-row').filter({ hasText: TITLE }).getByTestId('req-history-open').click()
  // The drawer reads the delivery afresh: click its link once the answer is in, not the line it
  // replaces (a click on a line being replaced goes nowhere).
  await expect(delivery).toHaveAttribute('data-found', 'true')
  await expect(delivery.getByTestId('req-delivery-customer')).toHaveText([A])
  await delivery.getByTestId('req-delivery-version').click()
  await expect(page).toHaveURL(new RegExp(`#/releases/${got.release}$`))

  await open(page, `/customers/${ids.A}?tab=requirements`)
  await page.getByTestId('req-row').filter({ hasText: DRAFT }).getByTestId('req-history-open').click()
  await expect(page.getByTestId('req-delivery')).toHaveAttribute('data-found', 'false')
  await expect(page.getByTestId('req-delivery')).toHaveText('尚未纳入版本')
})
