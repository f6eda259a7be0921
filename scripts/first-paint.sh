#!/usr/bin/env bash
# How long the real window takes to show its first screen on the large data set (scripts/seed):
# the production binary (make build) is started RUNS times (5 by default) under Xvfb while the
# screen is dumped as fast as xwd can (about every 40–50 ms, which is also the precision, each
# dump taking about 10 ms of CPU from the app; ImageMagick's import took 30 ms a picture and came
# every 0.1–0.2 s). For each start it prints when the window first
# showed anything, and when it showed the home page with its data (see timings). Budget (issue 12): the first screen within 1 s. Prints, never fails.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/largewindow.sh
runs=${1:-5}
seed_large "$WORK/data"
start_xvfb

# timings FRAMES: from lines "seconds hash colours", when the window first showed anything (a
# picture unlike the first), and when it showed the home page with its data: the first picture
# with nine tenths of the most colours any had (the empty page shell has about half as many;
# counting colours, not comparing whole pictures, ignores the scroll bars fading in and out).
timings() {
  awk '{ t[NR] = $1; h[NR] = $2; c[NR] = $3; if ($3 > most) most = $3 }
    END {
      for (i = 2; i <= NR; i++) if (!shown && h[i] != h[1]) shown = t[i]
      for (i = 1; i <= NR; i++) if (c[i] >= 0.9 * most) {
        printf "window shown after %.2f s, home page with its data after %.2f s (%d colours)\n", shown, t[i], c[i]; exit
      }
    }' "$1"
}

for run in $(seq "$runs"); do
  frames="$WORK/frames-$run"
  start=$(date +%s.%N)
  VENDORDESK_DATA_DIR="$WORK/data" ./build/bin/vendordesk >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  while :; do
    now=$(date +%s.%N)
    elapsed=$(echo "$now - $start" | bc)
    [ "$(echo "$elapsed > 8" | bc)" = 1 ] && break
    xwd -root -silent >"$WORK/frame.xwd" 2>/dev/null || continue
    hash=$(md5sum <"$WORK/frame.xwd" | cut -c1-12)
    [ -f "$WORK/$hash.xwd" ] || mv "$WORK/frame.xwd" "$WORK/$hash.xwd"
    echo "$elapsed $hash" >>"$frames"
  done
  kill "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=
  while read -r elapsed hash; do
    echo "$elapsed $hash $(convert xwd:"$WORK/$hash.xwd" -format %k info:)"
  done <"$frames" >"$frames.colours"
  rm -f "$WORK"/*.xwd
  echo "start $run: $(timings "$frames.colours")"
done
