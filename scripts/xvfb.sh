# Sourced by the test scripts: start_xvfb starts a virtual display on a free number and exports
# DISPLAY; the caller's EXIT trap must call stop_xvfb. The dbus/at-bridge variables keep WebKitGTK
# from leaving daemons behind.
start_xvfb() {
  local fdfile
  fdfile=$(mktemp)
  Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$fdfile" 2>/dev/null &
  XVFB_PID=$!
  for _ in $(seq 50); do [ -s "$fdfile" ] && break; sleep 0.1; done
  export DISPLAY=":$(cat "$fdfile")"
  rm -f "$fdfile"
  export DBUS_SESSION_BUS_ADDRESS=disabled: NO_AT_BRIDGE=1
}

stop_xvfb() {
  [ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null || true
}

# wait_for_url URL SECONDS: succeed once URL answers.
wait_for_url() {
  for _ in $(seq $(( $2 * 4 ))); do
    curl -fs -o /dev/null "$1" && return 0
    sleep 0.25
  done
  return 1
}
