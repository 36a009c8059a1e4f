#!/usr/bin/env bash
# The system packages `npm test` needs besides Node.js and npm, on Debian (apt):
#   chromium                Debian's Chromium, driven by playwright-core in the end-to-end test
#   fonts-wqy-zenhei        a CJK font, so that Chinese in the browser and its screenshots is not boxes
#   libreoffice-calc-nogui  LibreOffice headless, which recalculates the portable workbooks
# Installs only what is missing; uses sudo when not run as root. .ci/run calls it.
set -euo pipefail

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-wqy-zenhei)
command -v soffice >/dev/null || missing+=(libreoffice-calc-nogui)

if [ ${#missing[@]} -eq 0 ]; then
  echo "Chromium, a CJK font and LibreOffice are installed."
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "Missing: ${missing[*]}. This script installs them with apt (Debian, Ubuntu); install the same" >&2
  echo "programs with your system's package manager (the tests look for /usr/bin/chromium or \$CHROMIUM_PATH)." >&2
  exit 1
fi
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "Installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
