#!/usr/bin/env bash
# Times `make test` phase by phase on a fresh clone of this repository's HEAD, the way the issues'
# 12-minute budget is measured. BESIDE=once starts one full `go build -a` of the project beside it;
# BESIDE=loop keeps rebuilding beside it for the whole run; BESIDE=none (default) runs it alone.
# Usage: BESIDE=loop bash scripts/time-test.sh [workdir]   (prints one line per phase and the total)
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$(mktemp -d)}
beside=${BESIDE:-none}
rm -rf "$work/clone" && git clone -q "$repo" "$work/clone" && cd "$work/clone" || exit 1
echo "clone of $(git log --oneline -1 | cut -c1-60), build beside: $beside"
stop="$work/stop-beside"; rm -f "$stop"
case $beside in
  once) (sleep 20; GOCACHE="$work/gocache-beside" go build -a -o /dev/null . >/dev/null 2>&1) & ;;
  loop) (while [ ! -f "$stop" ]; do GOCACHE="$work/gocache-beside" go build -a -o /dev/null . >/dev/null 2>&1; done) & ;;
esac
total=0
for phase in deps test-go test-frontend e2e smoke windows; do
  start=$(date +%s)
  if ! make "$phase" >>"$work/test.log" 2>&1; then echo "$phase FAILED (log: $work/test.log)"; touch "$stop"; exit 1; fi
  took=$(( $(date +%s) - start )); total=$((total + took))
  echo "$phase ${took}s"
done
touch "$stop"
echo "total ${total}s (budget 720s)"
