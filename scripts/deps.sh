#!/usr/bin/env bash
# Installs what building and testing VendorDesk needs on Debian/Ubuntu, skipping what is there:
# GTK/WebKitGTK headers (the Linux window), Xvfb, Chromium and its headless shell (tests), a CJK
# font (screenshots), xdotool (clicks in the real window: scripts/memory.sh), the Wails CLI (into
# .tools/bin) and the frontend's npm packages. scripts/frames (the window's first screen) builds
# against the X11 and XShm headers GTK's bring.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential pkg-config libgtk-3-dev libwebkit2gtk-4.1-dev xvfb xauth chromium chromium-headless-shell fonts-wqy-microhei imagemagick x11-utils xdotool)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "deps: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if ! .tools/bin/wails version 2>/dev/null | grep -q 'v2.16.0'; then
  echo "deps: installing the Wails CLI v2.16.0 into .tools/bin"
  GOBIN="$PWD/.tools/bin" go install github.com/wailsapp/wails/v2/cmd/wails@v2.16.0
fi

# npm ci only when the lock file changed since the last install (a copy of it marks the install).
if ! cmp -s frontend/package-lock.json frontend/node_modules/.vendordesk-installed-lock 2>/dev/null; then
  (cd frontend && npm ci --no-audit --no-fund && cp package-lock.json node_modules/.vendordesk-installed-lock)
fi
