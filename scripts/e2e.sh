#!/usr/bin/env bash
# End-to-end tests: the real frontend (frontend/dist) against the real Go services, through Wails'
# dev-mode IPC, in headless Chromium driven by Playwright. Needs `npm run build` in frontend/ first.
# Two runs, each against its own app instance: the user flows on a fresh database (project "app"),
# then the timings on the 10,000-customer data set (project "scale").
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/xvfb.sh

go build -tags dev,webkit2_41 -o build/bin/vendordesk-dev .
go build -o build/bin/seed ./scripts/seed

pids=()
dirs=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  stop_xvfb
  rm -rf "${dirs[@]}"
}
trap cleanup EXIT
start_xvfb

# start_app DATA_DIR: starts the dev app on a free port over DATA_DIR and sets APP_URL and APP_LOG.
start_app() {
  local port
  port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  APP_LOG="$1.log"
  # Documents are exported into $1/exports without a save dialog (see app.go).
  mkdir -p "$1/exports"
  VENDORDESK_EXPORT_DIR="$1/exports" VENDORDESK_DATA_DIR="$1" ./build/bin/vendordesk-dev -assetdir frontend/dist -devserver "127.0.0.1:$port" >"$APP_LOG" 2>&1 &
  pids+=($!)
  APP_URL="http://127.0.0.1:$port"
  if ! wait_for_url "$APP_URL/" 60; then
    echo "e2e: the dev server did not answer on port $port"; cat "$APP_LOG"; exit 1
  fi
}

# run_project NAME: runs one Playwright project against APP_URL, showing the app's log on failure.
run_project() {
  (cd frontend && E2E_BASE_URL="$APP_URL" npx playwright test --project "$1") || { echo "e2e: app log:"; tail -50 "$APP_LOG"; exit 1; }
}

fresh=$(mktemp -d); dirs+=("$fresh" "$fresh.log")
start_app "$fresh"
run_project app

large=$(mktemp -d); dirs+=("$large" "$large.log")
./build/bin/seed -dir "$large"
start_app "$large"
run_project scale
