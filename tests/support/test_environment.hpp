#pragma once
// Every test program (the Catch tests and the benchmarks) runs with the
// build folder's data (share/candour: links to the source), whatever
// CANDOUR_DATA_DIR the shell has, and with a cache of its own under
// build/tests/xdg-cache/, removed when it ends, so no test writes to the
// user's ~/.cache. Programs they start (candour itself) inherit both.
#include <string>

namespace candour::testing {

class TestEnvironment {
public:
    // Sets CANDOUR_DATA_DIR and XDG_CACHE_HOME; construct it first thing in main.
    TestEnvironment();
    ~TestEnvironment();  // removes the cache folder
    TestEnvironment(const TestEnvironment&) = delete;
    TestEnvironment& operator=(const TestEnvironment&) = delete;

private:
    std::string cache_home_;
};

}  // namespace candour::testing
