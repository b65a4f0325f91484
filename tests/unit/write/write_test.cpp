#include "write/write.hpp"

#include <catch2/catch.hpp>
#include <filesystem>

#include "support/site_fixture.hpp"

using namespace candour;
using namespace candour::testing;

TEST_CASE("write_site refuses a file path that would land outside the output folder") {
    for (const char* path : {"../escaped.txt", "assets/../../escaped.txt", "/tmp/escaped.txt", "./index.html", ""}) {
        INFO(path);
        TempDir dir;
        Diagnostics diags;
        CHECK_FALSE(write_site({{"index.html", "home"}, {path, "escaped"}}, dir / "out", diags));
        REQUIRE(diags.sorted().size() == 1);
        CHECK(diags.sorted()[0].message == std::string("refused to write outside the site: ") + path);
        CHECK(read_tree(dir.path()).empty());  // neither the site nor its staging folder
        CHECK_FALSE(std::filesystem::exists("/tmp/escaped.txt"));
    }
}

TEST_CASE("write_site publishes nested files and replaces the previous site") {
    TempDir dir;
    Diagnostics diags;
    REQUIRE(write_site({{"index.html", "one"}, {"a/b/c.txt", "deep"}}, dir / "out", diags));
    REQUIRE(write_site({{"index.html", "two"}}, dir / "out", diags));
    CHECK(read_tree(dir.path()) == Files{{"out/index.html", "two"}});
    CHECK_FALSE(diags.has_errors());
}
