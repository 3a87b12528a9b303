#!/usr/bin/env bash
# Test-only tools, installed by `make test`: Debian's Chromium (browser checks of `kg view`) and
# the npm packages in tests/js (graphology-gexf, playwright-core). Where they cannot be had the
# tests that need them skip with a message; nothing here is needed to use kg.
set -u
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian's chromium for the browser tests..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 \
      || echo "note: could not install chromium; browser tests will be skipped"
  else
    echo "note: chromium is absent and cannot be installed here; browser tests will be skipped"
  fi
fi
if command -v npm >/dev/null 2>&1; then
  (cd "$(dirname "$0")/../tests/js" && npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>&1) \
    || echo "note: npm ci in tests/js failed; JS checks will be skipped"
else
  echo "note: npm is absent; JS checks (graphology-gexf, playwright) will be skipped"
fi
exit 0
