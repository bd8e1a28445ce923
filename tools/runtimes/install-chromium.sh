#!/bin/sh
# Installs Debian's chromium for the browser smoke test (test/chromium.test.ts), as .ci/run does on
# CI. Run by hand (`pnpm --filter @factify-tools/runtimes run install-chromium`): the test suite
# never installs system packages by itself, it reports the browser test as skipped instead.
set -eu
target="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$target" ]; then
  echo "chromium is already installed at $target"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "no apt-get here: install Chromium (or Chrome) with this system's package manager and set CHROMIUM_PATH to it" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" != "0" ]; then sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium
"$target" --version
