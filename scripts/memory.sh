#!/usr/bin/env bash
# What the whole app holds in memory on the large data set (scripts/seed): the production binary
# (make build) is started under Xvfb, shows home, then the customer list, the requirements, the
# version matrix and the ticket queue are opened from the sidebar (xdotool clicks, a few seconds
# apart) and home again. Then it prints the proportional set size (PSS: shared pages split between
# the processes that map them) of the Go process and of WebKit's processes, and the Go heap (live
# after the last collection, from the runtime's gctrace), 4 s after the last click and again after 12 s
# (the app gives memory back when idle). Budget (issue 12): the whole app within
# 400 MB PSS, the Go heap within 200 MB. Prints, never fails. An optional argument is a data
# folder to use instead of seeding one. The app is started twice: the second start, measured,
# loads the search index the first kept.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/largewindow.sh
command -v xdotool >/dev/null || { echo "memory: xdotool is missing: run make deps"; exit 1; }
data=${1:-}
if [ -z "$data" ]; then
  data="$WORK/data"
  seed_large "$data"
fi
start_xvfb

# The session before: closed, it kept the search index this start loads (as every start but a new
# file's first does); the day's backup it made is put away, so that this start is still a day's
# first. Only that one: a data folder given may hold its user's backups.
touch "$WORK/before"
VENDORDESK_DATA_DIR="$data" ./build/bin/vendordesk >"$WORK/before.log" 2>&1 &
APP_PID=$!
for _ in $(seq 600); do grep -q "the search index: \(built\|loaded\)" "$WORK/before.log" && break; sleep 0.1; done
kill -TERM "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
[ ! -d "$data/backups" ] || find "$data/backups" -maxdepth 1 -type f -newer "$WORK/before" -delete

GODEBUG=gctrace=1 VENDORDESK_DATA_DIR="$data" ./build/bin/vendordesk >"$WORK/app.log" 2>&1 &
APP_PID=$!
sleep 8
# GTK also makes a hidden 10x10 window of that name; a window that never shows ends the script.
window=$(timeout 60 xdotool search --sync --onlyvisible --name '^VendorDesk$' | head -1)
[ -n "$window" ] || { echo "memory: the window did not show"; cat "$WORK/app.log"; exit 1; }

# The sidebar's items, from the window's top left: 42 px high, 6 px apart, the first (home) at 71,
# in the order of the pages in AppSidebar.vue (read from there: when a page was added to the
# sidebar, fixed places clicked the dashboard and the releases instead of the versions and support).
pages=$(sed -n "s/^const groups = \[\[\([^]]*\)\].*/\1/p" frontend/src/components/layout/AppSidebar.vue | tr -d "' ")
place() { echo "$pages" | tr , '\n' | grep -nx "$1" | cut -d: -f1; }
# A click that misses leaves the screen as it was, and the web view at the size it has before any
# list is visited (about 180 MB against 200–250): such a run's figures would be too low, so it
# stops.
screen() { import -window root -depth 8 rgb:- 2>/dev/null | md5sum; }
click_page() {
  local n before
  n=$(place "$1")
  [ -n "$n" ] || { echo "memory: no page $1 in the sidebar ($pages)"; exit 1; }
  before=$(screen)
  xdotool mousemove --window "$window" 60 $((71 + 48 * (n - 1))) click 1
  sleep 4
  [ "$(screen)" != "$before" ] || { echo "memory: the click on $1 changed nothing on the screen (missed?)"; exit 1; }
}
for page in customers requirements versions tickets home; do
  click_page "$page"
done

# pss PID...: the PSS of the processes, in MB.
pss() {
  local kb=0 p
  for p in "$@"; do
    kb=$((kb + $(awk '/^Pss:/ { print $2 }' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)))
  done
  echo $((kb / 1024))
}
children() { pgrep -P "$1" || true; }
webkit=$(children "$APP_PID")
for p in $webkit; do webkit="$webkit $(children "$p")"; done
# report WHEN: the figures at that moment.
report() {
  local go_mb webkit_mb heap
  go_mb=$(pss "$APP_PID")
  # shellcheck disable=SC2086
  webkit_mb=$(pss $webkit)
  heap=$({ grep '^gc ' "$WORK/app.log" || true; } | tail -1 | sed -E 's/.* ([0-9]+)->([0-9]+)->([0-9]+) MB.*/\3/')
  echo "memory $1 (data file $file_mb MB):"
  printf '  %-28s %6s MB\n' "Go process PSS" "$go_mb" "web view PSS ($(echo $webkit | wc -w) processes)" "$webkit_mb" \
    "whole app PSS (budget 400)" "$((go_mb + webkit_mb))" "Go heap live (budget 200)" "${heap:-?}"
}
file_mb=$(($(stat -c %s "$data/vendordesk.db") / 1000000))
report "4 s after home, customers, requirements, versions, support and home again"
# The app gives back what its calls took once it has been idle for 3 s (api.ReleaseWhenIdle).
sleep 8
report "after 12 s on home"
