#!/usr/bin/env bash
# The Debian packages the full test suite needs (`npm run setup:system`; .ci/run and the GitHub workflow use it too):
#   chromium       browser tests (tests/browser, driven by playwright-core)
#   libxml2-utils  xmllint validates the XLIFF/TMX exports against the official schemas (tests/exchange)
#   fonts-noto-cjk the Korean face the published pages use; the browser test checks Hangul is drawn in it
# A missing one fails the tests that need it, naming the package and `npm run setup:system`.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
if [ ${#need[@]} -eq 0 ]; then
  echo "System packages for the tests: all present (chromium, libxml2-utils, fonts-noto-cjk)."
  exit 0
fi
sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo)
echo "Installing ${need[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"
