# Sourced by the .ci scripts: install a missing Debian package.
# Usage: apt_install NAME PACKAGE MISSING
#   As root: says "Installing NAME from Debian's packages...", then apt-get installs PACKAGE.
#   Otherwise: says "MISSING Install it with: sudo apt-get install -y PACKAGE" and exits 1.
# apt-get's output goes to stderr, so a script's stdout stays its own.

apt_install() {
  local name="$1" package="$2" missing="$3"
  if [ "$(id -u)" != "0" ]; then
    echo "$missing Install it with: sudo apt-get install -y $package" >&2
    exit 1
  fi
  echo "Installing $name from Debian's packages..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >&2
}
