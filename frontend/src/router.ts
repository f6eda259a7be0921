import { reactive } from 'vue'
import { createRouter, createWebHashHistory, isNavigationFailure, NavigationFailureType, type RouteComponent } from 'vue-router'
import HomeView from './views/HomeView.vue'
import { afterNextPaint } from './lib/frames'
import { createBackgroundQueue } from './lib/background'
// The main lists' stores come with the app's code: their first answers are asked for as a menu item
// is clicked (askEarly), not once a store's own chunk has come.
import { useCustomersStore } from './stores/customers'
import { forgetEarlyAnswers } from './stores/earlyAnswer'
import { useReleasesStore } from './stores/releases'
import { useRequirementListStore } from './stores/requirementList'
import { useTicketsStore } from './stores/tickets'
import { useVersionMatrixStore } from './stores/versionMatrix'

// Each page is its own chunk, so the app opens on the code of its first page only; the home page,
// where the app opens, comes with the app's own code: loaded on its own, its chunk was fetched and
// evaluated only once the app was ready, a fifth of a second before its data was even asked for.
const views = {
  home: HomeView,
  customers: () => import('./views/CustomersView.vue'),
  customer: () => import('./views/CustomerView.vue'),
  sheetImport: () => import('./views/SheetImportView.vue'),
  requirements: () => import('./views/RequirementsView.vue'),
  releases: () => import('./views/ReleasesView.vue'),
  release: () => import('./views/ReleaseView.vue'),
  deployment: () => import('./views/DeploymentView.vue'),
  versions: () => import('./views/VersionsView.vue'),
  competitors: () => import('./views/CompetitorsView.vue'),
  tickets: () => import('./views/TicketsView.vue'),
  callbacks: () => import('./views/CallbacksView.vue'),
  ticket: () => import('./views/TicketView.vue'),
  settings: () => import('./views/SettingsView.vue'),
  deals: () => import('./views/DealsView.vue'),
  dashboard: () => import('./views/DashboardView.vue'),
}

declare module 'vue-router' {
  interface RouteMeta {
    /** The pages a user is likely to open from this one (a list's record page): their code loads
     * in the background once this page has settled, ahead of the rest (prefetchNext). */
    next?: Chunk[]
  }
}

// Hash history: the Wails asset server serves only files, so deep links must live after the '#'.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'home', component: views.home },
    { path: '/customers', name: 'customers', component: views.customers, meta: { next: ['customer', 'customerForm'] } },
    { path: '/customers/:id', name: 'customer', component: views.customer, props: true },
    { path: '/import/:kind', name: 'sheetImport', component: views.sheetImport, props: true },
    { path: '/requirements', name: 'requirements', component: views.requirements, meta: { next: ['customer', 'requirementBoard'] } },
    { path: '/releases', name: 'releases', component: views.releases, meta: { next: ['release'] } },
    { path: '/releases/:id', name: 'release', component: views.release, props: true },
    { path: '/deployments/:id', name: 'deployment', component: views.deployment, props: true },
    { path: '/versions', name: 'versions', component: views.versions },
    { path: '/competitors', name: 'competitors', component: views.competitors },
    { path: '/tickets', name: 'tickets', component: views.tickets, meta: { next: ['ticket'] } },
    { path: '/tickets/:id', name: 'ticket', component: views.ticket, props: true },
    { path: '/callbacks', name: 'callbacks', component: views.callbacks },
    { path: '/settings', name: 'settings', component: views.settings },
    { path: '/deals', name: 'deals', component: views.deals },
    { path: '/dashboard', name: 'dashboard', component: views.dashboard },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
})

/** The main lists, the pages users open most, in that order: their code loads first after the
 * home page has shown (AppShell), and WarmUp builds each not yet opened once, off the document. */
export const mainLists = ['customers', 'tickets', 'requirements', 'versions'] as const
export type MainList = (typeof mainLists)[number]
/** A main list's page component, loaded on first use. */
export const mainListPage = (name: MainList) => views[name]
// A main list opened from its menu (no query) asks for its first answer as the item is clicked,
// beside its code, and its page takes that answer (stores/earlyAnswer.ts).
const askEarly: Record<MainList, () => Promise<unknown>> = {
  customers: () => useCustomersStore().openEarly(),
  tickets: () => useTicketsStore().openEarly(),
  requirements: () => useRequirementListStore().openEarly(),
  versions: () => Promise.all([useVersionMatrixStore().openEarly(), useReleasesStore().openEarly()]),
}

// Code that loads on first use, by name, for prefetch(). The lists users open most come first. The
// dashboard is not prefetched: its charts are half a megabyte of code, loaded when it is opened.
const { home: _, dashboard: __, customers, tickets, requirements, versions, customer, ...rest } = views
// The customer form and the requirement board are parts that load when first shown, not pages.
const chunks = {
  customers, tickets, requirements, versions, customer, ...rest,
  customerForm: () => import('@/components/customers/GlobalCustomerForm.vue'),
  requirementBoard: () => import('@/components/requirements/RequirementBoard.vue'),
}
export type Chunk = keyof typeof chunks
const fetched = new Set<Chunk>() // queued
const loaded = new Set<Chunk>()

/** Background work (see createBackgroundQueue): held back from a click on a page until a quarter
 * of a second after that page's first frame, by when a list has drawn its rows too: resumed at the
 * first frame, a page's code loading in the background delayed the customer list's rows by the
 * 50–70 ms its evaluation took. */
export const background = createBackgroundQueue()
let opening = 0 // navigations started and not yet drawn
function opened() {
  opening = Math.max(0, opening - 1)
  if (!opening) background.resume()
}
// Every page a navigation went to, or is going to; reactive: WarmUp drops the page it is building
// out of sight when the user opens it.
const openedPages = reactive(new Set<unknown>())
router.beforeEach((to, from) => {
  opening++
  background.pause()
  openedPages.add(to.name)
  // A failed early answer is the page's to show: its load takes it.
  if (to.name !== from.name && !Object.keys(to.query).length) askEarly[to.name as MainList]?.().catch(() => {})
})
/** Whether the user has opened the page (the first page the app showed included); reactive. */
export const wasOpened = (name: string) => openedPages.has(name)
const SETTLE_MS = 250
router.afterEach((to, _from, failure) => {
  // A click on the page already open ends without having begun (no beforeEach): it counts nothing.
  if (isNavigationFailure(failure, NavigationFailureType.duplicated)) return
  afterNextPaint().then(() => {
    if (!failure) forgetEarlyAnswers() // the page has taken its own by then
    setTimeout(opened, SETTLE_MS)
  })
  if (!failure && to.meta.next) prefetchNext(...to.meta.next)
})
router.onError(opened) // a failed navigation has no afterEach

/** Loads the code of pages not yet opened, in the background, after what is already waiting, so
 * the first click on such a page does not wait for its chunk to be fetched and evaluated. AppShell
 * queues the main lists' and then every page's once the home page has shown. */
export function prefetch(...names: Chunk[]) {
  queueChunks(names, false)
}

/** Loads the code of the pages a user is likely to open from the page on screen ahead of the rest
 * (home → the customer list, a list → its record page): a list's route names them (meta.next) and
 * afterEach queues them, to load once the page has settled; home queues the customer list once its
 * follow-ups are on screen. A ticket opened from the queue a moment after it showed waited 60–90 ms
 * for its page's code, still far back in the queue behind every other page's. */
export function prefetchNext(...names: Chunk[]) {
  queueChunks(names.filter((n) => !loaded.has(n)), true)
}

function queueChunks(names: Chunk[], first: boolean) {
  for (const name of first ? [...names].reverse() : names) { // each put first: the first named ends first
    if (fetched.has(name) && !first) continue
    fetched.add(name)
    // Loading a chunk queued twice costs nothing the second time: the module is loaded once.
    background.add(() => chunks[name]().then((mod) => {
      loaded.add(name)
      intoRoute(name, mod)
    }, (e) => {
      fetched.delete(name) // a failed prefetch retries on use
      throw e
    }), first)
  }
}

/** Puts a page's loaded code into its route, as vue-router does once it has loaded it itself: the
 * first click on the page then builds it in the click's own task. Still holding its loader, the
 * route waited a task for import() to answer again, often with a frame drawn in between (8–12 ms
 * of the requirement list's first visit). */
function intoRoute(name: Chunk, mod: unknown) {
  const component = (mod as { default?: RouteComponent }).default
  const record = router.getRoutes().find((r) => r.name === name)
  if (component && record?.components && typeof record.components.default === 'function') record.components.default = component
}

export const prefetchAll = () => prefetch(...(Object.keys(chunks) as Chunk[]))
