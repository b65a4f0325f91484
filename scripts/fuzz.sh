#!/usr/bin/env bash
# Builds the libFuzzer targets (clang++, CMake preset "fuzz", folder
# build-fuzz/) and runs each: first over its committed seeds in
# tests/fuzz/corpus/<target>/ (so an old crash input fails at once), then on
# new inputs for FUZZ_SECONDS seconds (default 20). Fails if any target
# crashes, leaks, hangs (-timeout) or breaks one of its properties.
#
#   scripts/fuzz.sh                               every target, 20 s each (CI)
#   FUZZ_SECONDS=1800 scripts/fuzz.sh markdown    one target for half an hour
#   scripts/fuzz-long.sh                          long-run mode, outside CI: every
#                                                 target for 10 minutes, one at a
#                                                 time, a random seed, corpora kept,
#                                                 executions per target summarised
#                                                 (see docs/quality-checks.md)
#
# FUZZ_SEED (default 1) fixes libFuzzer's mutation order; 0 lets libFuzzer
# pick one (it prints it in the log).
#
# New interesting inputs go to build-fuzz/fuzz-work/<target>/corpus (kept
# between runs, never committed); crash inputs to .../artifacts/. Reproduce a
# crash with: build-fuzz/tests/fuzz/fuzz_<target> <crash-file>
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-20}"
max_len="${FUZZ_MAX_LEN:-4096}"
seed="${FUZZ_SEED:-1}"
build_dir=build-fuzz

# FUZZ_NO_BUILD=1 runs the targets as built (scripts/fuzz-long.sh builds once,
# so sources edited during a long run do not change the targets under test).
if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz
fi

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < "$build_dir/fuzz_targets.txt"
fi

# Leaks inside third-party libraries that candour cannot free (each with its
# reason in the file) are not the fuzz targets' findings.
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

failed=()
for t in "${targets[@]}"; do
  exe="$build_dir/tests/fuzz/fuzz_$t"
  seeds="tests/fuzz/corpus/$t"
  work="$build_dir/fuzz-work/$t"
  if [ ! -x "$exe" ] || [ ! -d "$seeds" ]; then
    echo "fuzz $t: no such target (or no seeds in $seeds)" >&2
    failed+=("$t")
    continue
  fi
  mkdir -p "$work/corpus" "$work/artifacts"
  log="$work/log.txt"
  # -seed fixes the mutation order, so a run is as repeatable as a timed run can be.
  if "$exe" -seed="$seed" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 -max_total_time="$seconds" \
      -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/corpus" "$seeds" >"$log" 2>&1; then
    execs="$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{print $2}')"
    echo "fuzz $t: ${execs:-?} executions in ${seconds} s, $(find "$work/corpus" "$seeds" -type f | wc -l) corpus inputs, 0 crashes"
  else
    echo "fuzz $t: FAILED; the end of $log:" >&2
    grep -v -E '^(#[0-9]|INFO:|\s+NEW_FUNC)' "$log" | tail -40 >&2
    ls "$work/artifacts" >&2 || true
    failed+=("$t")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: ${#targets[@]} targets, ${#failed[@]} failed: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: ${#targets[@]} targets, 0 failed"
