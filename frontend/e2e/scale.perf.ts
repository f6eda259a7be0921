import { expect, test, type Page } from '@playwright/test'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ARTIFACTS, open, shot } from './helpers'

// Times what a user waits for on the large data set (10,000 customers, 30,000 contacts, 100,000
// communications, 50,000 requirements, 20,000 deployments, 100,000 tickets; `make bench` seeds it
// with scripts/seed). "Painted" is from the user's action to the result on screen in Chromium,
// through the real Wails IPC and Go services. This is a benchmark, not a test: each figure is
// printed beside its budget and kept in artifacts/perf.json, and one over budget is marked, not
// failed (the machine is shared and its load varies). A screen that never shows still fails.
test.describe.configure({ mode: 'serial' })

// Issue 12's targets: the first screen within 1 s, every list or page painted within 150 ms of
// the click, search results within 100 ms of the keystroke, a save on screen within 100 ms, and
// a bound call (its round trip from the page) within 100 ms.
const BUDGET_MS: Record<string, number> = { 'open home': 1000, 'search, first after open': 1000, 'search 云帆': 100, 'requirement search 登录': 100, 'save: follow-up done': 100 }
const PAINT_BUDGET_MS = 150
const CALL_BUDGET_MS = 100
const figures: Record<string, number> = {}
// Figures measured more than once (first visits: one per page load): every sample, for p50 and p95.
const samples: Record<string, number[]> = {}
// What Playwright's own clock measured for each timed step: it also counts Playwright's checks
// before it clicks or types (visible, stable, scrolled into view), its messages to the browser
// (30–60 ms a step here) and what the page does after showing the result, which are not the
// user's wait. Printed beside the figure.
const wall: Record<string, number> = {}

// The page notes when the user's action reached it: the time stamp of the first pointer press,
// key press or input after timed() clears it.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __vdAction?: number }
    for (const type of ['pointerdown', 'keydown', 'input'])
      addEventListener(type, (e) => { if (!w.__vdAction) w.__vdAction = e.timeStamp }, { capture: true })
  })
})

function budgetOf(name: string): number {
  return BUDGET_MS[name] ?? (name.startsWith('call:') ? CALL_BUDGET_MS : PAINT_BUDGET_MS)
}

/** Prints each figure beside its budget (marking those over it) and saves every figure so far. */
function report(title: string, mine: Record<string, number>) {
  const width = Math.max(...Object.keys(mine).map((n) => n.length))
  const lines = Object.entries(mine).map(([name, ms]) => {
    const budget = budgetOf(name)
    const all = samples[name] ?? []
    if (all.length > 1) {
      const p95 = percentile(all, 95)
      const mark = p95 > budget ? (ms > budget ? '  OVER BUDGET' : '  OVER BUDGET at p95') : ''
      return `  ${name.padEnd(width)}  ${String(Math.round(ms)).padStart(5)} ms  (budget ${budget} ms, p95 ${Math.round(p95)} ms of ${all.length}: ${all.map(Math.round).join(' ')})${mark}`
    }
    const mark = ms > budget ? '  OVER BUDGET' : ''
    const w = wall[name] !== undefined && wall[name] !== ms ? `, Playwright's clock ${Math.round(wall[name])} ms` : ''
    return `  ${name.padEnd(width)}  ${String(Math.round(ms)).padStart(5)} ms  (budget ${budget} ms${w})${mark}`
  })
  console.log(`scale figures, ${title}:\n${lines.join('\n')}`)
  writeFileSync(join(ARTIFACTS, 'perf.json'), JSON.stringify(figures, null, 1))
}

/** The nearest-rank p-th percentile of values. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.ceil((p / 100) * sorted.length) - 1]
}

/** Runs action, then waits (checking every animation frame, not expect's back-off polling) until
 * condition(arg) holds in the page, and records how long the user waited: from when the action
 * reached the page (its event's time stamp) to the start of the frame after the one that first
 * showed the result (so that frame's painting is counted). A watcher in the page checks the
 * condition on every frame for that: read from Playwright's side, the end would also count
 * whatever the page does after the result is on screen (a save's message and reload, say). A
 * page load has no such event: Playwright's clock then. The condition must be a real function,
 * not a string: Playwright evaluates a string again on every frame, and the app's
 * Content-Security-Policy (no 'unsafe-eval') refuses that after the first check. It travels as
 * text, so it can use nothing from this file. */
async function timed(page: Page, name: string, action: () => Promise<unknown>, condition: (arg: string) => unknown, arg = '') {
  await page.evaluate(`(() => {
    const w = window, shown = ${condition.toString()}, arg = ${JSON.stringify(arg)}
    w.__vdAction = 0
    w.__vdShown = 0
    const tick = () => (w.__vdAction && shown(arg) ? requestAnimationFrame(() => { w.__vdShown = performance.now() }) : requestAnimationFrame(tick))
    requestAnimationFrame(tick)
  })()`)
  const start = Date.now()
  await action()
  await page.waitForFunction(condition, arg, { polling: 'raf', timeout: 20_000 })
  const inPage = await page.evaluate(async () => {
    const w = window as unknown as { __vdAction?: number; __vdShown?: number }
    if (w.__vdShown === undefined || !w.__vdAction) return 0 // a new page: no watcher, no event
    while (!w.__vdShown) await new Promise((r) => requestAnimationFrame(r))
    return w.__vdShown - w.__vdAction
  })
  wall[name] = Date.now() - start
  figures[name] = inPage || wall[name]
}

/** Watches, like timed(), for a later result of the next timed action (the rest of a long list,
 * drawn after the rows in view); laterFigure then says when it showed. */
async function watchLater(page: Page, condition: () => unknown) {
  await page.evaluate(`(() => {
    const w = window, shown = ${condition.toString()}
    w.__vdLater = 0
    const tick = () => (w.__vdAction && shown() ? requestAnimationFrame(() => { w.__vdLater = performance.now() }) : requestAnimationFrame(tick))
    requestAnimationFrame(tick)
  })()`)
}

async function laterFigure(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const w = window as unknown as { __vdAction?: number; __vdLater?: number }
    for (let i = 0; !w.__vdLater && i < 1200; i++) await new Promise((r) => requestAnimationFrame(r)) // 20 s
    if (!w.__vdLater || !w.__vdAction) throw new Error('the later result never showed')
    return w.__vdLater - w.__vdAction
  })
}

/** Median round trip of a bound call made from the page, in ms. */
async function medianCall(page: Page, fn: string, runs = 15): Promise<number> {
  return page.evaluate(
    async ({ fn, runs }) => {
      const api = (window as any).go.api
      const call = new Function('api', `return ${fn}`) as (api: unknown) => Promise<unknown>
      const times: number[] = []
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now()
        await call(api)
        times.push(performance.now() - t0)
      }
      times.sort((a, b) => a - b)
      return times[Math.floor(times.length / 2)]
    },
    { fn, runs },
  )
}

test('the app opens with 10,000 customers', async ({ page }) => {
  await timed(page, 'open home', () => page.goto('/#/'), () => !!document.querySelector('[data-testid="follow-up-item"]'))
  await shot(page, 'scale-home')
  // Thousands are overdue in this data set: the first ten show, the count is the whole group.
  const overdue = page.getByTestId('follow-ups-overdue')
  await expect(overdue.getByTestId('follow-up-item')).toHaveCount(10)
  const total = Number((await page.getByTestId('follow-ups-overdue-count').textContent())?.replace(/\D/g, ''))
  expect(total).toBeGreaterThan(200)
  // The group draws the rows its card shows first, the rest when the browser is next idle: both
  // are timed, from the same click.
  await watchLater(page, () => document.querySelectorAll('[data-testid="follow-ups-overdue"] [data-testid="follow-up-item"]').length === 200)
  await timed(page, 'home: show all overdue', () => page.getByTestId('follow-ups-overdue-all').click(),
    () => document.querySelectorAll('[data-testid="follow-ups-overdue"] [data-testid="follow-up-item"]').length > 10)
  figures['home: show all overdue, all 200 rows'] = await laterFigure(page)
  // A save: the first overdue follow-up marked done leaves the group, whose count drops.
  const count = (await page.getByTestId('follow-ups-overdue-count').textContent()) ?? ''
  await timed(page, 'save: follow-up done', () => overdue.getByTestId('follow-up-done').first().click(),
    (count) => (document.querySelector('[data-testid="follow-ups-overdue-count"]')?.textContent ?? count) !== count, count)
  report('opening', figures)
})

test('customer list, sort, search and a customer page answer quickly', async ({ page }) => {
  await open(page, '/')
  await page.getByTestId('nav-customers').click() // a first visit: timed below, FIRST_VISITS times
  await expect(page.getByTestId('customer-total')).toContainText(/10[,.]?000/)
  const firstRow = page.getByTestId('customer-row').first()
  const before = (await firstRow.textContent()) ?? ''
  await timed(page, 'sort by name', () => page.locator('th', { hasText: /^Name/ }).click(),
    (before) => (document.querySelector('[data-testid="customer-row"]')?.textContent ?? '') !== before, before)
  // The header's search over every record. Its index is built in the background after the first
  // screen: the first query waits for what is left of that build (timed from the app's opening,
  // it is the time until a user can search); then a query typed, and its first customer opened.
  await timed(page, 'search, first after open', () => page.getByTestId('global-search').fill('科技'),
    () => !!document.querySelector('[data-testid="search-hit"]'))
  await page.getByTestId('global-search').fill('')
  // A user clears the box, then types: a query typed within 80 ms of the change before it waits
  // for the typing to pause (GlobalSearch's useQuietFirst), which this figure is not about
  // (filled 30–50 ms after the clear, it measured 100–114 ms, 27–40 ms after a pause).
  await page.waitForTimeout(200)
  await timed(page, 'search 云帆', () => page.getByTestId('global-search').fill('云帆'),
    () => (document.querySelector('[data-testid="search-hit"][data-kind="customer"]')?.textContent ?? '').includes('云帆'))
  await shot(page, 'scale-search')
  await timed(page, 'customer page', () => page.locator('[data-testid=search-hit][data-kind=customer]').first().click(),
    () => (document.querySelector('[data-testid="customer-title"]')?.textContent ?? '').includes('云帆'))
  await timed(page, 'communication log', () => page.getByTestId('tab-interactions').click(),
    () => !!document.querySelector('[data-testid="interaction-item"]'))
  await timed(page, 'home', () => page.getByTestId('nav-home').click(),
    () => !!document.querySelector('[data-testid="follow-up-item"]'))
  await expect(page.getByTestId('follow-up-item').first()).toBeVisible()

  figures['call: list 50 sorted by name'] = await medianCall(page, `api.Customers.List({search:'', stages:['customer','prospect'], channels:[], tag:'', archived:false, sort:'name', desc:false, offset:0, limit:50})`)
  figures['call: search 2 Chinese characters'] = await medianCall(page, `api.Customers.List({search:'华信', stages:[], channels:[], tag:'', archived:false, sort:'updatedAt', desc:true, offset:0, limit:50})`)
  figures['call: home follow-ups'] = await medianCall(page, `api.Interactions.FollowUps(10)`)

  report('customers', figures)
})

test('requirement list, search, board and a customer’s requirements answer quickly', async ({ page }) => {
  const reqFigures: Record<string, number> = {}
  const timedReq = async (name: string, action: () => Promise<unknown>, condition: (arg: string) => unknown, arg = '') => {
    await timed(page, name, action, condition, arg)
    reqFigures[name] = figures[name]
  }
  await open(page, '/')
  await page.getByTestId('nav-requirements').click() // a first visit: timed below, FIRST_VISITS times
  await expect(page.getByTestId('reqlist-total')).toContainText(/50[,.]?000/)
  await timedReq('requirement search 登录', () => page.getByTestId('reqlist-search').fill('单点登录'),
    () => {
      const total = document.querySelector('[data-testid="reqlist-total"]')?.textContent ?? ''
      return !/50[,.]?000/.test(total) && (document.querySelector('[data-testid="reqlist-title"]')?.textContent ?? '').includes('单点登录')
    })
  await page.getByTestId('reqlist-search').fill('')
  await expect(page.getByTestId('reqlist-total')).toContainText(/50[,.]?000/)
  await timedReq('requirement board', () => page.getByTestId('reqlist-view-board').click(),
    () => document.querySelectorAll('[data-testid="board-card"]').length >= 30)
  await shot(page, 'scale-board')
  await timedReq('customer requirements tab', () => page.getByTestId('board-card').first().locator('a').first().click(),
    () => !!document.querySelector('[data-testid="req-row"]'))

  figures['call: requirement list filtered'] = await medianCall(page, `api.Requirements.List({search:'', statuses:['in_review','confirmed'], priorities:['must'], categories:[], module:'报表', sort:'updatedAt', desc:true, offset:0, limit:50})`)
  figures['call: requirement search'] = await medianCall(page, `api.Requirements.List({search:'登录', statuses:[], priorities:[], categories:[], module:'', sort:'number', desc:false, offset:0, limit:50})`)
  figures['call: requirement board'] = await medianCall(page, `api.Requirements.Board({search:'', statuses:[], priorities:[], categories:[], module:'', sort:'', desc:false, offset:0, limit:0}, 30)`)
  reqFigures['call: requirement list filtered'] = figures['call: requirement list filtered']
  reqFigures['call: requirement search'] = figures['call: requirement search']
  reqFigures['call: requirement board'] = figures['call: requirement board']

  report('requirements', reqFigures)
})

test('the version matrix and a release page answer quickly with 2,000 releases and 20,000 deployments', async ({ page }) => {
  const mine: Record<string, number> = {}
  await open(page, '/')
  await page.getByTestId('nav-versions').click() // a first visit: timed below, FIRST_VISITS times
  await expect(page.getByTestId('matrix-newest')).toContainText('5.19.19')
  await expect(page.getByTestId('matrix-row').first()).toBeVisible()
  await shot(page, 'scale-versions')
  await timed(page, 'releases list', () => page.getByTestId('nav-releases').click(), () => document.querySelectorAll('[data-testid="release-row"]').length > 0)
  mine['releases list'] = figures['releases list']

  figures['call: version matrix'] = await medianCall(page, `api.Deployments.Matrix({olderThan:'', releaseId:'', search:'', offset:0, limit:50})`)
  figures['call: customers older than 3.0'] = await medianCall(page, `api.Deployments.Matrix({olderThan:'3.0', releaseId:'', search:'', offset:0, limit:50})`)
  figures['call: release page'] = await medianCall(page, `api.Releases.List().then((rs) => Promise.all([api.Releases.Get(rs[1000].id), api.Deployments.ByRelease(rs[1000].id)]))`)
  for (const k of ['call: version matrix', 'call: customers older than 3.0', 'call: release page']) mine[k] = figures[k]

  report('releases', mine)
})

test('the ticket queue answers quickly with 100,000 tickets', async ({ page }) => {
  const mine: Record<string, number> = {}
  await open(page, '/')
  await page.getByTestId('nav-tickets').click() // a first visit: timed below, FIRST_VISITS times
  await expect(page.getByTestId('ticket-view-open')).toContainText(/\(10[,.]?000\)/)
  await expect(page.getByTestId('ticket-row').first()).toBeVisible()
  await shot(page, 'scale-tickets')
  await timed(page, 'ticket page', () => page.getByTestId('ticket-row').first().click(), () => document.querySelectorAll('[data-testid="clock"]').length > 0)
  mine['ticket page'] = figures['ticket page']

  figures['call: ticket queue'] = await medianCall(page, `api.Tickets.List({view:'open', customerId:'', priorities:[], kinds:[], search:'', sort:'due', desc:false, offset:0, limit:50})`)
  figures['call: all tickets by due'] = await medianCall(page, `api.Tickets.List({view:'all', customerId:'', priorities:[], kinds:[], search:'', sort:'due', desc:false, offset:0, limit:50})`)
  figures['call: ticket clocks'] = await medianCall(page, `api.Tickets.List({view:'open', customerId:'', priorities:[], kinds:[], search:'', sort:'due', desc:false, offset:0, limit:1}).then((p) => api.Tickets.Clocks(p.rows[0].id))`)
  for (const k of ['call: ticket queue', 'call: all tickets by due', 'call: ticket clocks']) mine[k] = figures[k]

  report('support', mine)
})

// The main lists' first visits, each clicked as soon as the sidebar shows, while the home page is
// usually still drawing its data: the figure includes waiting for that, the page's code and its
// first build. A page load makes one first visit of a list, and one visit says little on a shared
// machine: each is made FIRST_VISITS times, every test on a new page in a new browser context (as
// a new start of the app: no code compiled before), the lists taking turns so that a slow spell of
// the machine falls on all of them; the figure is the median, printed with the p95. Twenty, as
// the p95 of fewer is their slowest (nearest rank: the 19th of 20; with five it was the 5th).
const FIRST_VISITS = 20
const firstVisits: [string, string, (arg: string) => boolean][] = [
  ['customer list', 'nav-customers', () => /10[,.]?000/.test(document.querySelector('[data-testid="customer-total"]')?.textContent ?? '')],
  ['requirement list', 'nav-requirements', () => /50[,.]?000/.test(document.querySelector('[data-testid="reqlist-total"]')?.textContent ?? '')],
  ['version matrix', 'nav-versions', () => document.querySelectorAll('[data-testid="matrix-row"]').length > 0 && /5\.19\.19/.test(document.querySelector('[data-testid="matrix-newest"]')?.textContent ?? '')],
  ['ticket queue', 'nav-tickets', () => document.querySelectorAll('[data-testid="ticket-row"]').length > 0 && /\(10[,.]?000\)/.test(document.querySelector('[data-testid="ticket-view-open"]')?.textContent ?? '')],
]
for (let i = 1; i <= FIRST_VISITS; i++) {
  for (const [name, nav, shown] of firstVisits) {
    test(`${name}, first visit ${i} of ${FIRST_VISITS}, clicked as the sidebar shows`, async ({ page }) => {
      await open(page, '/')
      await timed(page, name, () => page.getByTestId(nav).click(), shown)
      ;(samples[name] ??= []).push(figures[name])
    })
  }
}
test('the main lists’ first visits: their median and p95', () => {
  const mine: Record<string, number> = {}
  for (const [name] of firstVisits) figures[name] = mine[name] = percentile(samples[name], 50)
  report(`first visits, clicked as the sidebar shows (median of ${FIRST_VISITS} page loads)`, mine)
})

// A list opened a second after the home page has shown its data: before the rest of the app's
// code has had time to load, as a user who knows where to go might.
test('the main lists, opened a second after the app opens', async ({ page }) => {
  const mine: Record<string, number> = {}
  const lists: [string, string, string][] = [
    ['customer list, 1 s after open', 'nav-customers', '[data-testid="customer-row"]'],
    ['ticket queue, 1 s after open', 'nav-tickets', '[data-testid="ticket-row"]'],
  ]
  for (const [name, nav, shown] of lists) {
    await open(page, '/')
    await expect(page.getByTestId('follow-up-item').first()).toBeVisible()
    await page.waitForTimeout(1000)
    await timed(page, name, () => page.getByTestId(nav).click(), (s) => !!document.querySelector(s), shown)
    mine[name] = figures[name]
    await page.goto('about:blank')
  }
  report('lists opened a second after the app opens', mine)
})

// The figures above are first visits, clicked as soon as the app opens: each includes loading the
// page's code. A user opens a page later, once the home page has prefetched the others' code:
// these are the screens opened from home then (the median of three visits each).
test('the main screens, opened from home once their code has loaded', async ({ page }) => {
  const mine: Record<string, number> = {}
  await open(page, '/')
  await expect(page.getByTestId('follow-up-item').first()).toBeVisible()
  await page.waitForTimeout(4000) // AppShell prefetches every page's code 3 s after it shows
  const screens: [string, string, string][] = [
    ['customer list again', 'nav-customers', '[data-testid="customer-row"]'],
    ['requirement list again', 'nav-requirements', '[data-testid="reqlist-title"]'],
    ['version matrix again', 'nav-versions', '[data-testid="matrix-row"]'],
    ['ticket queue again', 'nav-tickets', '[data-testid="ticket-row"]'],
  ]
  for (const [name, nav, shown] of screens) {
    const times: number[] = []
    const walls: number[] = []
    for (let i = 0; i < 3; i++) {
      await page.getByTestId('nav-home').click()
      await expect(page.getByTestId('follow-up-item').first()).toBeVisible()
      await timed(page, name, () => page.getByTestId(nav).click(), (s) => !!document.querySelector(s), shown)
      times.push(figures[name])
      walls.push(wall[name])
    }
    figures[name] = mine[name] = times.sort((a, b) => a - b)[1]
    wall[name] = walls.sort((a, b) => a - b)[1]
  }
  report('screens opened again', mine)
})
