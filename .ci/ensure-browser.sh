#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a downloaded browser) and need CJK fonts,
# without which Chinese renders as empty boxes. Installs both when missing; idempotent and quick
# once installed. Runs before `npm test` and in CI.
set -euo pipefail

have_fonts() { fc-list 2>/dev/null | grep -i 'noto.*cjk' >/dev/null; }

if [ -x /usr/bin/chromium ] && have_fonts; then
  exit 0
fi

if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "innograph: the browser tests need Debian's chromium and fonts-noto-cjk:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk" >&2
  exit 1
fi

echo "innograph: installing chromium and fonts-noto-cjk for the browser tests…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
