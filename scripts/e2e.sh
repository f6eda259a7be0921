#!/usr/bin/env bash
# End-to-end tests: the real frontend (frontend/dist) against the real Go services, through Wails'
# dev-mode IPC, in headless Chromium driven by Playwright. Needs `npm run build` in frontend/ first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/xvfb.sh

go build -tags dev,webkit2_41 -o build/bin/vendordesk-dev .
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
data=$(mktemp -d)
log=$(mktemp)
cleanup() {
  [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null || true
  stop_xvfb
  rm -rf "$data"
}
trap cleanup EXIT
start_xvfb
VENDORDESK_DATA_DIR="$data" ./build/bin/vendordesk-dev -assetdir frontend/dist -devserver "127.0.0.1:$port" >"$log" 2>&1 &
app_pid=$!
if ! wait_for_url "http://127.0.0.1:$port/" 60; then
  echo "e2e: the dev server did not answer on port $port"; cat "$log"; exit 1
fi
cd frontend
E2E_BASE_URL="http://127.0.0.1:$port" npx playwright test "$@" || { echo "e2e: app log:"; tail -50 "$log"; exit 1; }
