#!/usr/bin/env bash
# Debian packages the test suite needs, installed only when absent (idempotent; CI runs as root).
# One `command -v X || install Y` line per tool; tests that need a tool skip with a message if it is missing.
set -uo pipefail
updated=""
install() {
  if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
    echo "system-deps: cannot install $* (needs root and apt-get); the tests that need it will skip" >&2
    return 0
  fi
  [ -n "$updated" ] || { apt-get update -qq >/dev/null && updated=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
    || echo "system-deps: apt-get install $* failed; the tests that need it will skip" >&2
}
command -v chromium >/dev/null 2>&1 || install chromium
command -v chromedriver >/dev/null 2>&1 || install chromium-driver
exit 0
