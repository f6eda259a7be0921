import { defineConfig } from '@playwright/test'

// Runs against the real Go backend in Wails dev mode (scripts/e2e.sh and scripts/bench-browser.sh
// start it and set E2E_BASE_URL). Debian's chromium: never download a browser here.
// scripts/e2e.sh starts one app per worker on a data folder of its own and lists their addresses in
// E2E_BASE_URLS; each worker process loads this file with its TEST_PARALLEL_INDEX and takes its
// app. Two workers on two cores took the flows from about 7 to about 6 minutes here (the browser
// booting the app for each test is most of the work, so not half).
const appURLs = (process.env.E2E_BASE_URLS ?? process.env.E2E_BASE_URL ?? 'http://127.0.0.1:34115').split(',')
const appURL = appURLs[Number(process.env.TEST_PARALLEL_INDEX ?? 0) % appURLs.length]

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']

export default defineConfig({
  testDir: 'e2e',
  // 'app' runs the flows on a fresh database (`make test`, scripts/e2e.sh); 'scale' times the
  // screens on the large seeded data set and prints the figures beside their budgets (`make
  // bench`, scripts/bench-browser.sh): a benchmark, never part of the test command.
  projects: [
    // The flows run in Debian's chromium-headless-shell: the same Blink as chromium, without the
    // browser's own UI layers, it took a quarter of the CPU for the same specs here (58 against
    // 163 s for tickets and releases), and the flows are CPU-bound on a two-core machine.
    { name: 'app', testMatch: /\.spec\.ts$/, use: { launchOptions: { executablePath: '/usr/bin/chromium-headless-shell', args: chromiumArgs } } },
    // No trace recording while timing: the recorder snapshots the page around every action on the
    // page's own main thread, which added 70-120 ms to each figure.
    { name: 'scale', testMatch: /\.perf\.ts$/, use: { trace: 'off' } },
  ],
  workers: appURLs.length,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: appURL,
    viewport: { width: 1360, height: 860 },
    locale: 'en-US',
    // The app drops its animations for reduced motion (style.css): fewer frames to render.
    reducedMotion: 'reduce',
    // No traces: recording snapshots every action and slows a loaded machine; pass --trace on to
    // playwright when a failure needs one.
    trace: 'off',
    screenshot: 'only-on-failure',
    // The timings (project 'scale') use the full chromium, as a user's browser would.
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
  },
})
