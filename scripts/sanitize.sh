#!/usr/bin/env bash
# Builds candour and its tests with AddressSanitizer and
# UndefinedBehaviorSanitizer (CMake preset "sanitize", folder
# build-sanitize/) and runs the whole C++ suite. Any report fails the run:
# -fno-sanitize-recover=all and the test preset's ASAN_OPTIONS/UBSAN_OPTIONS.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize
ctest --preset sanitize -j "$(nproc)"
