#!/usr/bin/env bash
# Make sure GNU gettext (msgfmt) is installed: Django's compilemessages and makemessages need
# it to build the project's translations in locale/. As root this installs Debian's package;
# otherwise it says how to.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/apt.sh"

if command -v msgfmt >/dev/null 2>&1; then
  exit 0
fi
apt_install "GNU gettext" gettext "GNU gettext (msgfmt) is missing."
command -v msgfmt >/dev/null 2>&1 || { echo "apt-get installed gettext, but msgfmt is still missing." >&2; exit 1; }
