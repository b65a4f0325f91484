#!/usr/bin/env bash
# Installs what candour needs from Debian's packages, if it is missing.
# Safe to run again: it does nothing when everything is present.
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  nlohmann-json3-dev libyaml-cpp-dev libkainjow-mustache-dev
  libcli11-dev libfmt-dev libutfcpp-dev libcsv-dev catch2
)

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

# Charts: Node.js and the chart renderer's npm packages.
"$(dirname "$0")/install-chart-deps.sh"
