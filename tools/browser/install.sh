#!/usr/bin/env bash
# Installs what the browser tests need, when it is missing: Debian's Chromium (driven by
# Playwright; Playwright's own browser download cannot work here), Java for the HTML
# checker, and axe-core + vnu-jar from npm (tools/browser/node_modules).
# Idempotent and quiet when everything is there. Run by `make browser-tools`, and by
# tests/browser/conftest.py when something is missing.
set -euo pipefail
cd "$(dirname "$0")"

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
command -v java >/dev/null || missing+=(default-jre-headless)
command -v npm >/dev/null || missing+=(npm)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "browser-tools: installing ${missing[*]} with apt-get" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null
    apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
  else
    cat >&2 <<EOF
browser-tools: missing ${missing[*]}.
  The browser tests need Debian's Chromium at $CHROMIUM (or set CHROMIUM_PATH), Java 17+
  and npm. Install them as root:
      sudo apt-get update && sudo apt-get install -y chromium default-jre-headless npm
  then run 'make browser-tools' again. To run the other tests only: pytest -m "not browser".
EOF
    exit 1
  fi
fi

# Installed means: both checkers there, in the versions package-lock.json names. The versions
# are compared, not file dates: a fresh checkout makes package-lock.json look newer than a
# good install, and `npm ci` would then empty node_modules for nothing (through a symlink,
# the shared one).
lock_matches() {
  node -e '
    const wanted = require("./package-lock.json").packages;
    const installed = require("./node_modules/.package-lock.json").packages;
    const same = Object.keys(wanted).filter((name) => name.startsWith("node_modules/"))
      .every((name) => installed[name] && installed[name].integrity === wanted[name].integrity);
    process.exit(same ? 0 : 1);
  ' 2>/dev/null
}

if [ ! -f node_modules/axe-core/axe.min.js ] || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ] \
   || ! lock_matches; then
  echo "browser-tools: npm ci (axe-core, vnu-jar)" >&2
  # --ignore-scripts: vnu-jar's postinstall would try to download a Java runtime.
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null
fi
