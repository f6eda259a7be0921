#!/usr/bin/env bash
# Real-window smoke test: the production binary opens its window under Xvfb and paints the app
# (not a blank window). Keeps the screenshot in build/smoke.png.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/xvfb.sh

data=$(mktemp -d)
cleanup() {
  [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null || true
  stop_xvfb
  rm -rf "$data"
}
trap cleanup EXIT
start_xvfb
VENDORDESK_DATA_DIR="$data" ./build/bin/vendordesk >/tmp/vendordesk-smoke.log 2>&1 &
app_pid=$!
# The first paint takes about a second; give a slow machine 20.
for i in $(seq 20); do
  sleep 1
  if ! kill -0 "$app_pid" 2>/dev/null; then echo "smoke: the app exited"; cat /tmp/vendordesk-smoke.log; exit 1; fi
  import -window root build/smoke.png 2>/dev/null || continue
  colours=$(convert build/smoke.png -format %k info:)
  # A blank or unpainted window has a handful of colours; the rendered app with text has hundreds.
  if [ "$colours" -gt 200 ]; then
    [ -f "$data/vendordesk.db" ] || { echo "smoke: the window painted but no data file was created"; exit 1; }
    echo "smoke: window painted after ${i}s ($colours colours), screenshot build/smoke.png"
    exit 0
  fi
done
echo "smoke: the window stayed blank ($colours colours)"; exit 1
