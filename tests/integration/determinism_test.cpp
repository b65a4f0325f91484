// Two builds of the same input must produce byte-identical sites, whatever
// the number of threads.
#include <catch2/catch.hpp>

#include "support/site_fixture.hpp"

using namespace candour::testing;

TEST_CASE("building the sample site twice gives byte-identical output") {
    TempDir dir;
    auto one = run_candour({"build", "--source", CANDOUR_SOURCE_DIR, "--output", dir / "one", "--jobs", "1"});
    auto two = run_candour({"build", "--source", CANDOUR_SOURCE_DIR, "--output", dir / "two", "--jobs", "4"});
    REQUIRE(one.exit_code == 0);
    REQUIRE(two.exit_code == 0);
    Files a = read_tree(dir / "one");
    Files b = read_tree(dir / "two");
    REQUIRE(a.size() > 10);
    REQUIRE(a.size() == b.size());
    for (const auto& [path, bytes] : a) {
        INFO(path);
        REQUIRE(b.count(path));
        CHECK(b.at(path) == bytes);
    }
}

TEST_CASE("rebuilding into the same folder replaces it completely") {
    TempDir dir;
    Files site = minimal_site();
    write_files(dir / "src", site);
    REQUIRE(run_candour({"build", "--source", dir / "src", "--output", dir / "out"}).exit_code == 0);
    Files before = read_tree(dir / "out");
    REQUIRE(before.count("reports/q1/index.html"));

    // Remove a page: the rebuilt site must not keep the stale copy.
    site.erase("content/reports/q1.md");
    TempDir dir2;
    write_files(dir2.path(), site);
    REQUIRE(run_candour({"build", "--source", dir2.path(), "--output", dir / "out"}).exit_code == 0);
    Files after = read_tree(dir / "out");
    CHECK_FALSE(after.count("reports/q1/index.html"));
    CHECK(after.count("index.html"));
    // No staging folder is left beside the output.
    Files around = read_tree(dir.path());
    for (const auto& [path, _] : around) CHECK(path.find(".new-") == std::string::npos);
}
