#!/usr/bin/env bash
# The format gate (docs/quality-checks.md): every tracked C++ file must be as
# clang-format (the repository's .clang-format) would write it. Names the
# first unformatted line of each file and how to fix it; changes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.hpp' '*.h')
unformatted=0
for file in "${files[@]}"; do
  if ! report=$(clang-format --dry-run --Werror "$file" 2>&1); then
    unformatted=$((unformatted + 1))
    first=$(grep -m1 -o '^[^ ]*:[0-9]*:[0-9]*:' <<<"$report" || echo "$file:1:1:")
    echo "$first error: not formatted as .clang-format says; fix with: clang-format -i $file"
  fi
done
if [ "$unformatted" -gt 0 ]; then
  echo "check-format: $unformatted of ${#files[@]} C++ files are not formatted"
  exit 1
fi
echo "check-format: all ${#files[@]} tracked C++ files are formatted"
