#!/usr/bin/env bash
# What the spreadsheets add to a build of the sample site: builds a copy of
# the sample with downloads.spreadsheets true and one with it false, RUNS
# times each (default 10), alternating, after a first build of each that
# draws the charts into its cache; prints the mean wall-clock and CPU time of
# each and the difference. A benchmark, not a test: outside CI.
#
#   scripts/bench-spreadsheets.sh [RUNS]     (after scripts/setup.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
candour="$PWD/build/candour"
[ -x "$candour" ] || { echo "bench-spreadsheets: no build/candour; run scripts/setup.sh first" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for variant in with without; do
  mkdir -p "$work/$variant"
  cp -r site.yaml content data templates releases static "$work/$variant/"
  setting=true
  [ "$variant" = without ] && setting=false
  sed -i "s/^  spreadsheets: true$/  spreadsheets: $setting/" "$work/$variant/site.yaml"
  grep -q "spreadsheets: $setting" "$work/$variant/site.yaml"
  "$candour" build --source "$work/$variant" --output "$work/$variant-site" >/dev/null 2>&1
done
for ((i = 0; i < runs; i++)); do
  for variant in with without; do
    /usr/bin/time -f "$variant %e %U %S" -a -o "$work/times" \
      "$candour" build --source "$work/$variant" --output "$work/$variant-site" >/dev/null 2>&1
  done
done
echo "spreadsheets in the 'with' site: $(find "$work/with-site" -name '*.xlsx' | wc -l)," \
  "$(find "$work/with-site" -name '*.xlsx' -printf '%s\n' | awk '{s += $1} END {printf "%.0f KB", s / 1024}')"
awk -v runs="$runs" '
  { wall[$1] += $2; cpu[$1] += $3 + $4 }
  END {
    for (v in wall) printf "%-8s mean of %d builds: %.3f s wall, %.3f s CPU\n", v, runs, wall[v] / runs, cpu[v] / runs
    printf "spreadsheets add %.0f%% wall-clock, %.0f%% CPU\n",
      100 * (wall["with"] / wall["without"] - 1), 100 * (cpu["with"] / cpu["without"] - 1)
  }' "$work/times"
