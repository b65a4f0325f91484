#!/usr/bin/env bash
# Long fuzzing, outside CI (a weekly job, or by hand before a release): every
# libFuzzer target in turn, one at a time, for FUZZ_SECONDS each (default 600,
# 10 minutes), through scripts/fuzz.sh. The corpora grow in
# build-fuzz/fuzz-work/<target>/corpus/ and are kept, so each run starts where
# the last one stopped. Unlike CI (-seed=1), the seed is random unless
# FUZZ_SEED is set; libFuzzer writes the one it used in the target's log.
#
#   scripts/fuzz-long.sh                        every target, 10 minutes each
#   scripts/fuzz-long.sh kpi_embeds markdown    only these
#   FUZZ_SECONDS=3600 scripts/fuzz-long.sh      an hour each
#   FUZZ_JOBS=2 scripts/fuzz-long.sh            two targets at a time (one per core)
#   nohup scripts/fuzz-long.sh >/dev/null 2>&1 &   and read the summary later
#
# A failing target does not stop the others. At the end it prints, and writes
# to build-fuzz/fuzz-work/long-run.txt, one line per target with its
# executions, corpus size and result; each target's whole libFuzzer log is
# kept as build-fuzz/fuzz-work/<target>/long-<time>.log. Exit status 1 if any
# target failed: its crash input is in build-fuzz/fuzz-work/<target>/artifacts/
# (commit it to tests/fuzz/corpus/<target>/ once the cause is fixed).
set -uo pipefail
cd "$(dirname "$0")/.."
export FUZZ_SECONDS="${FUZZ_SECONDS:-600}"
export FUZZ_SEED="${FUZZ_SEED:-0}"
build_dir=build-fuzz
summary="$build_dir/fuzz-work/long-run.txt"

cmake --preset fuzz >/dev/null && cmake --build --preset fuzz || exit 1

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < "$build_dir/fuzz_targets.txt"
fi

mkdir -p "$build_dir/fuzz-work"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
{
  echo "# scripts/fuzz-long.sh, started $stamp, ${FUZZ_SECONDS} s per target, seed ${FUZZ_SEED} (0: random)"
  echo "# target | executions | seconds | corpus inputs | result"
} >"$summary"

# One target's run: its summary line goes to $results/<target>.
run_target() {
  local t="$1" started=$SECONDS result out took log execs corpus
  # Built once above: sources edited during the run do not change the targets.
  if out="$(FUZZ_NO_BUILD=1 scripts/fuzz.sh "$t" 2>&1)"; then result=passed; else result=FAILED; fi
  took=$((SECONDS - started))
  log="$build_dir/fuzz-work/$t/log.txt"
  [ -f "$log" ] && cp "$log" "$build_dir/fuzz-work/$t/long-$stamp.log"
  execs="$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" 2>/dev/null | awk '{print $2}' | tail -1)"
  corpus="$(find "$build_dir/fuzz-work/$t/corpus" "tests/fuzz/corpus/$t" -type f 2>/dev/null | wc -l)"
  echo "$t | ${execs:-?} | $took | $corpus | $result" | tee "$results/$t"
  if [ "$result" = FAILED ]; then
    echo "$out" | grep -v '^fuzz: ' | sed 's/^/    /' | tail -45
  fi
}

jobs_at_once="${FUZZ_JOBS:-1}"
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
for t in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs_at_once" ]; do wait -n; done
  run_target "$t" &
done
wait

# The summary in the targets' order, whatever order they finished in.
failed=()
for t in "${targets[@]}"; do
  cat "$results/$t" >>"$summary"
  grep -q '| FAILED$' "$results/$t" && failed+=("$t")
done

echo "# finished $(date -u +%Y%m%dT%H%M%SZ); ${#targets[@]} targets, ${#failed[@]} failed ${failed[*]:-}" | tee -a "$summary"
[ ${#failed[@]} -eq 0 ]
