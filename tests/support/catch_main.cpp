#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "support/test_environment.hpp"

int main(int argc, char* argv[]) {
    candour::testing::TestEnvironment environment;
    return Catch::Session().run(argc, argv);
}
