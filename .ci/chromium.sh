#!/usr/bin/env bash
# Make sure Debian's Chromium is installed for the browser tests (tests/browser/).
# Playwright's own browser download is not used: the tests launch /usr/bin/chromium.
# As root this installs the package from Debian's archive; otherwise it says how to.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/apt.sh"

CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

if [ -x "$CHROMIUM" ]; then
  exit 0
fi
apt_install Chromium chromium "Chromium is missing ($CHROMIUM)."
if [ ! -x "$CHROMIUM" ]; then
  echo "apt-get installed chromium, but $CHROMIUM is still missing." >&2
  exit 1
fi
