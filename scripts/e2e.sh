#!/usr/bin/env bash
# End-to-end tests: the real frontend (frontend/dist) against the real Go services, through Wails'
# dev-mode IPC, in headless Chromium driven by Playwright. Needs `npm run build` in frontend/ first.
# The user flows on a fresh database (Playwright project "app"). The timings on the large data set
# are not tests: they are in `make bench` (scripts/bench-browser.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/devapp.sh

new_data_dir
start_app "$DATA_DIR"
run_project app
