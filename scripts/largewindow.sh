# Sourced by first-paint.sh and memory.sh, which time and weigh the production window (make build)
# on the large data set under Xvfb. Sets WORK, a temporary folder, and an EXIT trap that stops the
# app started as APP_PID and Xvfb and removes WORK; seed_large DIR seeds the large data set
# (scripts/seed) into DIR.
source scripts/xvfb.sh

WORK=$(mktemp -d)
APP_PID=
stop_window() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  stop_xvfb
  rm -rf "$WORK"
}
trap stop_window EXIT

[ -x build/bin/vendordesk ] || { echo "$(basename "$0"): build/bin/vendordesk is missing: run make build"; exit 1; }

seed_large() {
  go build -o build/bin/seed ./scripts/seed
  ./build/bin/seed -dir "$1" >/dev/null
}
