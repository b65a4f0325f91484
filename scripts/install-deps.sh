#!/usr/bin/env bash
# Installs what candour needs from Debian's packages, if it is missing.
# Safe to run again: it does nothing when everything is present.
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  nlohmann-json3-dev libyaml-cpp-dev libkainjow-mustache-dev
  libcli11-dev libfmt-dev libutfcpp-dev libcsv-dev catch2 libcpp-httplib-dev libxxhash-dev
  # The disclosure audit's linear programmes (docs/disclosure.md).
  libglpk-dev
  # SHA-256 of each file in a release manifest (docs/releases.md).
  libssl-dev
  # Unicode normalisation and case folding for the privacy gate; CLDR plural
  # rules for the theme's messages.
  libicu-dev
  # The theme's message catalogues are gettext PO files (docs/templates.md).
  libgettextpo-dev
  # The spreadsheets beside each KPI download (docs/kpi-data.md), and an
  # independent reader (openpyxl) for their tests.
  libxlsxwriter-dev python3-openpyxl
  # Quality checks (docs/quality-checks.md): the browser for axe, reflow and
  # focus checks; Java for the Nu HTML Checker; clang and its runtimes
  # (libFuzzer is in libclang-rt-14-dev, only recommended by clang) for fuzzing.
  chromium openjdk-17-jre-headless clang libclang-rt-14-dev
  # tcmalloc, the program's allocator (CMakeLists.txt says why).
  libgoogle-perftools-dev
  # The format and tidy gates (scripts/check-format.sh, scripts/tidy.sh).
  clang-format clang-tidy
  # The charts' first font (metric-compatible with Arial, which readers'
  # phones and computers have), so the browser checks see text as they do.
  fonts-liberation
  # RELAX NG validator: the Atom feed is checked against RFC 4287's schema.
  jing
  # Report PDFs (docs/pdf.md): zlib for the privacy gate to inflate them;
  # poppler-utils (pdfinfo, pdftotext) and qpdf read them back in the tests.
  zlib1g-dev poppler-utils qpdf
)
# Node.js and npm from Debian, unless the machine already has them (from any
# source: a nodesource nodejs ships its own npm, which Debian's npm conflicts with).
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The npm packages of the quality checks, exactly as package-lock.json pins
# them. --ignore-scripts: none of them needs an install script, and vnu-jar's
# would try to download a Java runtime (the machine's Java 17 is used instead).
# A stamp of the lock file skips the reinstall when nothing changed.
cd "$(dirname "$0")/.."
stamp=node_modules/.candour-lock.sha256
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "install-deps: npm ci"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi

# Charts: Node.js and the chart renderer's npm packages.
"$(dirname "$0")/install-chart-deps.sh"
