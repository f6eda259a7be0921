#!/usr/bin/env bash
# Starts the production window 20 times (STARTS=n for more) from a data file that holds a saved
# window size and place, as a normal close leaves it, and checks each start reaches the first
# real screen at that size and place. Restoring the window once raced the page load and left
# some starts on the "Starting VendorDesk…" splash for good (issue 10).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/xvfb.sh

starts=${STARTS:-20}
want=1000x700+200+120 # the saved state below, as xwininfo shows a window's geometry
go build -o build/bin/savewindow ./scripts/savewindow
data=$(mktemp -d)
log=$(mktemp)
cleanup() {
  [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null || true
  stop_xvfb
  rm -rf "$data" "$log"
}
trap cleanup EXIT
start_xvfb

# first_screen: the home page is on screen. The splash is grey text on white; the first screen
# has Naive UI's primary green (#18a058: the selected menu entry and the buttons).
first_screen() {
  local green
  green=$(import -window root png:- 2>/dev/null |
    convert - -fill black +opaque '#18A058' -fill white -opaque '#18A058' -format '%[fx:round(mean*w*h)]' info: 2>/dev/null) || return 1
  [ "${green:-0}" -gt 500 ]
}

# geometry: the app window's size and place, e.g. 1000x700+200+120.
geometry() {
  { xwininfo -root -tree 2>/dev/null || true; } | awk '/"VendorDesk": \(/ { print $(NF-1); exit }'
}

failed=0
for n in $(seq "$starts"); do
  build/bin/savewindow -dir "$data" -width 1000 -height 700 -x 200 -y 120
  VENDORDESK_DATA_DIR="$data" ./build/bin/vendordesk >"$log" 2>&1 &
  app_pid=$!
  # A start takes one to two seconds; a busy machine gets 20 before it counts as stuck.
  seen=no place=
  for _ in $(seq 80); do
    sleep 0.25
    kill -0 "$XVFB_PID" 2>/dev/null || { echo "start $n: the X server (Xvfb) went away"; exit 1; }
    kill -0 "$app_pid" 2>/dev/null || { echo "start $n: the app exited"; cat "$log"; exit 1; }
    place=$(geometry)
    if [ "$seen" = no ] && first_screen; then seen=yes; fi
    [ "$seen" = yes ] && [ "$place" = "$want" ] && break
  done
  if [ "$seen" = no ]; then
    failed=$((failed + 1))
    import -window root "build/window-start-$n.png" 2>/dev/null || true
    echo "start $n: stuck on the splash (screenshot build/window-start-$n.png)"
  elif [ "$place" != "$want" ]; then
    failed=$((failed + 1))
    echo "start $n: the window is at ${place:-nowhere}, not where it was saved ($want)"
  fi
  kill "$app_pid"
  for _ in $(seq 40); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.25; done
  kill -9 "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=
done
if [ "$failed" -gt 0 ]; then
  echo "window-starts: $failed of $starts starts failed"
  exit 1
fi
echo "window-starts: $starts of $starts starts reached the first screen at the saved size and place"
