#!/usr/bin/env bash
# The tidy gate (docs/quality-checks.md): clang-tidy with the checks in
# .clang-tidy over every source file of the generator, using the compile
# commands of the build folder (scripts/compile.sh makes them). Every finding
# is an error; the script fails if there is one.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${BUILD_DIR:-build}"
if [ ! -f "$build_dir/compile_commands.json" ]; then
  echo "tidy: error: $build_dir/compile_commands.json is missing; run scripts/compile.sh first"
  exit 1
fi
mapfile -t files < <(git ls-files 'generator/*.cpp')
start=$SECONDS
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
run-clang-tidy -quiet -p "$build_dir" -j "$(nproc)" "${files[@]/#/$PWD/}" 2>&1 |
  sed 's/\x1b\[[0-9;]*m//g' >"$log" || status=$?  # clang-tidy colours its output even into a pipe
# run-clang-tidy prints each finding with its source line and a caret; keep
# those and drop its progress lines and the compiler's "N warnings generated".
grep -v -e '^clang-tidy-[0-9]* ' -e 'warnings\? generated\.$' -e '^Suppressed [0-9]* warnings' \
  -e '^Use -header-filter' -e '^Enabled checks' "$log" || true
findings=$(grep -c -E ': (warning|error): .*\[[a-z]+-[a-z-]+' "$log" || true)
echo "tidy: ${#files[@]} files checked in $((SECONDS - start)) s with $(nproc) jobs: $findings finding(s)"
[ "$status" -eq 0 ] && [ "$findings" -eq 0 ]
