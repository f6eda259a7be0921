# Sourced by e2e.sh and bench-browser.sh: starts dev builds of the app (real Go services behind
# Wails' dev-mode IPC) under Xvfb for Playwright, and stops everything on exit. The caller runs
# from the repository root after `npm run build` in frontend/.
source scripts/xvfb.sh

go build -tags dev,webkit2_41 -o build/bin/vendordesk-dev .

app_pids=()
app_dirs=()
stop_apps() {
  for p in "${app_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  stop_xvfb
  rm -rf "${app_dirs[@]}"
}
trap stop_apps EXIT
start_xvfb

# new_data_dir: sets DATA_DIR to a fresh temporary data folder, removed on exit.
new_data_dir() {
  DATA_DIR=$(mktemp -d)
  app_dirs+=("$DATA_DIR" "$DATA_DIR.log")
}

# start_app DATA_DIR: starts the dev app on a free port over DATA_DIR and sets APP_URL and APP_LOG.
start_app() {
  local port
  port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  APP_LOG="$1.log"
  # Documents are exported into $1/exports without a save dialog (see app.go).
  mkdir -p "$1/exports"
  VENDORDESK_EXPORT_DIR="$1/exports" VENDORDESK_DATA_DIR="$1" ./build/bin/vendordesk-dev -assetdir frontend/dist -devserver "127.0.0.1:$port" >"$APP_LOG" 2>&1 &
  app_pids+=($!)
  APP_URL="http://127.0.0.1:$port"
  if ! wait_for_url "$APP_URL/" 60; then
    echo "the dev server did not answer on port $port"; cat "$APP_LOG"; exit 1
  fi
}

# wait_for_log PATTERN SECONDS: waits until the last app's log has a line matching PATTERN (grep);
# fails after SECONDS.
wait_for_log() {
  for _ in $(seq $(($2 * 10))); do
    grep -q "$1" "$APP_LOG" && return 0
    sleep 0.1
  done
  return 1
}

# quit_app: asks the last app started to quit as the system does (SIGTERM: it closes its data file
# as closing its window does, keeping its search index for the next start) and waits for its end.
quit_app() {
  local pid=${app_pids[-1]}
  kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}

# run_project NAME: runs one Playwright project against APP_URL, showing the app's log on failure.
run_project() {
  (cd frontend && E2E_BASE_URL="$APP_URL" npx playwright test --project "$1") || { echo "app log:"; tail -50 "$APP_LOG"; exit 1; }
}
