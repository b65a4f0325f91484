#!/usr/bin/env bash
# README command 1: install what is missing, build candour, build the sample
# site into site/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/compile.sh
./build/candour build
