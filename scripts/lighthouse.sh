#!/usr/bin/env bash
# Lighthouse scores of the sample site, by hand, outside CI: .ci/run and
# scripts/test.sh do not call it. Lighthouse's scores move with its version
# and with the machine's speed (the performance score is timed), so they
# guide a change rather than gate one; the e2e checks are the gate.
#
#   scripts/lighthouse.sh                       build the sample site with build/candour, score it
#   scripts/lighthouse.sh --site DIR            score a site already built
#   scripts/lighthouse.sh --out DIR             keep the JSON reports there
#   scripts/lighthouse.sh --base-url URL        the site's base URL (default: the sitemap's first <loc>)
#
# It installs the pinned Lighthouse (tests/lighthouse/package-lock.json) with
# `npm ci --ignore-scripts` into tests/lighthouse/node_modules when missing,
# then scores the home page, the newest quarterly report and an indicator
# page (indicators/charges/, or the first) in four categories: performance,
# accessibility, best practices and SEO, with Lighthouse's mobile preset
# (phone screen, simulated throttling) in Debian's headless Chromium
# (CHROME_PATH, default /usr/bin/chromium). It prints a table of the scores
# and every audit below a full score, and exits 1 if any category is below
# 100 (2 if it could not run). CANDOUR=path chooses another candour program.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
lh_dir=tests/lighthouse

site=""
out=""
base_url=""
while [ $# -gt 0 ]; do
  case "$1" in
    --site) site="$(cd "$2" && pwd)"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --base-url) base_url="$2"; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "lighthouse.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

# Install when missing, or when the installed version is not the pinned one.
want="$(node -p "require('./$lh_dir/package.json').dependencies.lighthouse")"
have="$(node -p "require('./$lh_dir/node_modules/lighthouse/package.json').version" 2>/dev/null || true)"
if [ "$have" != "$want" ]; then
  echo "lighthouse.sh: installing lighthouse $want into $lh_dir/node_modules"
  (cd "$lh_dir" && npm ci --ignore-scripts --no-audit --no-fund)
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/candour-lighthouse.XXXXXX")"
if [ -z "$site" ]; then
  candour="${CANDOUR:-build/candour}"
  if [ ! -x "$candour" ]; then
    echo "lighthouse.sh: no candour program at $candour: build it first (scripts/compile.sh), set CANDOUR or pass --site" >&2
    exit 2
  fi
  site="$tmp/site"
  "$candour" build --source "$repo" --output "$site"
fi
[ -n "$out" ] || out="$tmp/reports"

args=(--site "$site" --out "$out")
[ -z "$base_url" ] || args+=(--base-url "$base_url")
CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" node "$lh_dir/run-lighthouse.mjs" "${args[@]}"
