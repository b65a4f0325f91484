#!/usr/bin/env bash
# README command 2: install what is missing, build (every warning is an
# error), and run every test:
#   0. the format gate (clang-format) and the tidy gate (clang-tidy)
#   1. the C++ tests (ctest)
#   2. the install test: candour installed into a prefix that is then moved,
#      with build/ hidden, builds a copy of the sample site in another folder
#      (scripts/test-install.sh; compiles nothing, takes seconds)
#   3. the self-test of the end-to-end checker (each kind of break must fail it)
#   4. the end-to-end checks of the sample site: axe, Nu HTML Checker, links,
#      external requests, reflow at 320 px, visible focus (tests/e2e)
#   5. the same end-to-end checks of the second sample, examples/westvale/
#      (other indicators, bodies and statuses, counts rounded rather than
#      hidden), so that the sample is not the only site that works
#   6. the C++ tests again under AddressSanitizer and UndefinedBehaviorSanitizer
#   7. a short run of every libFuzzer target (FUZZ_SECONDS each, default 20)
# Every stage runs even if an earlier one failed; the script fails if any did.
# See docs/quality-checks.md for running each stage alone.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${BUILD_DIR:-build}"
scripts/install-deps.sh
scripts/compile.sh

passed=()
failed=()
stage() {
  local name="$1"
  shift
  echo "=== test.sh: $name"
  local start=$SECONDS
  if "$@"; then
    passed+=("$name")
    echo "=== test.sh: $name passed in $((SECONDS - start)) s"
  else
    failed+=("$name")
    echo "=== test.sh: $name FAILED (exit code $?) after $((SECONDS - start)) s"
  fi
}

stage "format gate (clang-format)" scripts/check-format.sh
stage "tidy gate (clang-tidy)" scripts/tidy.sh
stage "C++ tests" ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)"
stage "install test" env BUILD_DIR="$build_dir" scripts/test-install.sh
stage "e2e checker self-test" node tests/e2e/selftest.mjs
stage "e2e checks of the sample site" node tests/e2e/check-site.mjs --candour "$build_dir/candour"
stage "e2e checks of the second sample (examples/westvale)" node tests/e2e/check-site.mjs --candour "$build_dir/candour" \
  --source examples/westvale --search-query backlog --search-expect indicators/digital-backlog/
stage "C++ tests under ASan and UBSan" scripts/sanitize.sh
stage "fuzzing" scripts/fuzz.sh

echo "=== test.sh: passed: ${passed[*]:-none}"
[ ${#failed[@]} -eq 0 ] || echo "=== test.sh: FAILED: ${failed[*]}"
echo "test.sh stages: ${#passed[@]} passed, ${#failed[@]} failed"
[ ${#failed[@]} -eq 0 ]
