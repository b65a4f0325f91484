// The candour program itself, as an installed copy is run: its version, and
// what it says when its data (themes, Node.js tools) cannot be found.
#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>

#include "support/child_process.hpp"
#include "support/site_fixture.hpp"

using namespace candour::testing;
using namespace std::chrono_literals;

TEST_CASE("candour --version prints the project's version and exits 0") {
    ChildProcess candour({CANDOUR_BINARY, "--version"});
    REQUIRE(candour.wait_for_exit(5s) == 0);
    CHECK(candour.output() == std::string("candour ") + CANDOUR_VERSION + "\n");
    CHECK(std::regex_match(CANDOUR_VERSION, std::regex("[0-9]+\\.[0-9]+\\.[0-9]+")));  // CMake's project(VERSION)
}

TEST_CASE("a CANDOUR_DATA_DIR without candour's data stops every command that needs it, saying why") {
    TempDir dir;
    write_files(dir / "src", minimal_site());
    for (const char* command : {"build", "check", "serve"}) {
        INFO(command);
        ChildProcess candour(
            {"/usr/bin/env", "CANDOUR_DATA_DIR=" + (dir / "empty"), CANDOUR_BINARY, command, "--source", dir / "src"});
        CHECK(candour.wait_for_exit(5s) == 2);
        CHECK(candour.output() == "candour: error: CANDOUR_DATA_DIR is " + (dir / "empty") +
                                      ", which holds no candour data (no themes/default in it)\n"
                                      "  hint: set CANDOUR_DATA_DIR to the share/candour folder of an installed "
                                      "candour, or unset it to use the one installed with this program "
                                      "(docs/install.md)\n");
    }
    CHECK_FALSE(std::filesystem::exists(dir / "src/site"));
}
