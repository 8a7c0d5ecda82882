#!/usr/bin/env bash
# Make sure GNU gettext (msgfmt) is installed: Django's compilemessages and makemessages need
# it to build the project's translations in locale/. As root this installs Debian's package;
# otherwise it says how to.
set -euo pipefail

if command -v msgfmt >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "GNU gettext (msgfmt) is missing. Install it with: sudo apt-get install -y gettext" >&2
  exit 1
fi
echo "Installing GNU gettext from Debian's packages..." >&2
apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >&2
command -v msgfmt >/dev/null 2>&1 || { echo "apt-get installed gettext, but msgfmt is still missing." >&2; exit 1; }
