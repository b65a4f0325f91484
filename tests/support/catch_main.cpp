#define CATCH_CONFIG_RUNNER
#include <stdlib.h>

#include <catch2/catch.hpp>

#include "support/test_environment.hpp"

int main(int argc, char* argv[]) {
    candour::testing::TestEnvironment environment;
    // Every chart a test draws is drawn twice, from a compile (and a Vega
    // view) shared with charts of the same shape and on its own, and any
    // difference fails (charts/shared-compile.mjs, charts/view-reuse.mjs).
    // Not in the benchmarks, which it would slow.
    ::setenv("CANDOUR_VERIFY_CHARTS", "1", 1);
    return Catch::Session().run(argc, argv);
}
