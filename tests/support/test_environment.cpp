#include "support/test_environment.hpp"

#include <stdlib.h>
#include <unistd.h>

#include <filesystem>

namespace candour::testing {

// One folder a process: ctest runs each test case as its own process, in
// parallel, and each removes only its own cache.
TestEnvironment::TestEnvironment()
    : cache_home_(std::string(CANDOUR_TEST_CACHE_ROOT) + "/" + std::to_string(::getpid())) {
    std::filesystem::remove_all(cache_home_);
    std::filesystem::create_directories(cache_home_);
    ::setenv("CANDOUR_DATA_DIR", CANDOUR_BUILD_DATA_DIR, 1);
    ::setenv("XDG_CACHE_HOME", cache_home_.c_str(), 1);
}

TestEnvironment::~TestEnvironment() {
    std::error_code ec;
    std::filesystem::remove_all(cache_home_, ec);
}

}  // namespace candour::testing
