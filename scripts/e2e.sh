#!/usr/bin/env bash
# End-to-end tests: the real frontend (frontend/dist) against the real Go services, through Wails'
# dev-mode IPC, in headless Chromium driven by Playwright. Needs `npm run build` in frontend/ first.
# The user flows on fresh databases (Playwright project "app"), two workers side by side. The timings on the large data set
# are not tests: they are in `make bench` (scripts/bench-browser.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/devapp.sh

# Two apps, one for each Playwright worker (see playwright.config.ts).
urls=()
logs=()
for worker in $(seq "${E2E_WORKERS:-2}"); do
  new_data_dir
  start_app "$DATA_DIR"
  urls+=("$APP_URL")
  logs+=("$APP_LOG")
done
(cd frontend && E2E_BASE_URLS=$(IFS=,; echo "${urls[*]}") npx playwright test --project app) || {
  for log in "${logs[@]}"; do echo "app log $log:"; tail -50 "$log"; done
  exit 1
}
