#!/usr/bin/env bash
# What charts need, if it is missing: libxxhash-dev (names cached SVGs),
# Node.js and npm (run the chart renderer), and the renderer's npm packages
# exactly as charts/package-lock.json pins them. Safe to run again: it does
# nothing when everything is present and the lock file has not changed.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
dpkg-query -W -f='${Status}' libxxhash-dev 2>/dev/null | grep -q "install ok installed" || missing+=(libxxhash-dev)
# Any Node.js will do (a nodesource nodejs brings its own npm, which
# Debian's npm package would conflict with).
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-chart-deps: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# --ignore-scripts: vega needs no install script (and never node-canvas).
stamp=charts/node_modules/.candour-lock.sha256
want="$(sha256sum charts/package-lock.json | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "install-chart-deps: npm ci in charts/"
  npm ci --prefix charts --ignore-scripts --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi
