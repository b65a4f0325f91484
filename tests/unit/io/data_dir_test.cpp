// Where candour looks for its themes and Node.js tools: CANDOUR_DATA_DIR,
// else share/candour beside an installed bin/, else share/candour in the
// build folder; and what it says when none holds them.
#include "io/data_dir.hpp"

#include <catch2/catch.hpp>
#include <filesystem>

#include "support/site_fixture.hpp"

using namespace candour;
using namespace candour::testing;

namespace {

void make_data_dir(const std::string& dir) {
    write_files(dir, {{"themes/default/layouts/page.html", "{{title}}"}});
}

}  // namespace

TEST_CASE("an installed candour finds share/candour beside its bin folder") {
    TempDir dir;
    make_data_dir(dir / "usr/share/candour");
    DataDirSearch search = find_data_dir(nullptr, dir / "usr/bin/candour");
    CHECK(search.found == dir / "usr/share/candour");
}

TEST_CASE("candour in its build folder finds the share/candour made there") {
    TempDir dir;
    make_data_dir(dir / "build/share/candour");
    DataDirSearch search = find_data_dir(nullptr, dir / "build/candour");
    CHECK(search.found == dir / "build/share/candour");
    CHECK(search.tried == std::vector<std::string>{dir / "share/candour", dir / "build/share/candour"});
}

TEST_CASE("CANDOUR_DATA_DIR is used, and nothing else, when it is set") {
    TempDir dir;
    make_data_dir(dir / "mine");
    make_data_dir(dir / "usr/share/candour");
    CHECK(find_data_dir((dir / "mine").c_str(), dir / "usr/bin/candour").found == dir / "mine");

    DataDirSearch wrong = find_data_dir((dir / "nothing-here").c_str(), dir / "usr/bin/candour");
    CHECK(wrong.found.empty());
    CHECK(data_dir_problem(wrong) ==
          "candour: error: CANDOUR_DATA_DIR is " + (dir / "nothing-here") +
              ", which holds no candour data (no themes/default in it)\n"
              "  hint: set CANDOUR_DATA_DIR to the share/candour folder of an installed candour, or unset it to use "
              "the one installed with this program (docs/install.md)\n");
}

TEST_CASE("without its data, candour names every folder it looked in and how to install it") {
    TempDir dir;
    DataDirSearch search = find_data_dir(nullptr, dir / "opt/bin/candour");
    CHECK(search.found.empty());
    CHECK(data_dir_problem(search) ==
          "candour: error: cannot find candour's data (its themes, chart renderer and PDF printer); looked in " +
              (dir / "opt/share/candour") + " and " + (dir / "opt/bin/share/candour") +
              "\n  hint: install candour with 'cmake --install' or its Debian package, which put the data in "
              "share/candour beside bin/, or set CANDOUR_DATA_DIR to that folder (docs/install.md)\n");
}

TEST_CASE("the test programs use the build folder's data") {
    // The test main sets CANDOUR_DATA_DIR; every stage's default follows it.
    REQUIRE_FALSE(data_dir_search().found.empty());
    CHECK(std::filesystem::is_regular_file(data_path("charts") + "/render-charts.mjs"));
    CHECK(std::filesystem::is_regular_file(data_path("pdf") + "/print-pdf.mjs"));
    CHECK(std::filesystem::is_directory(data_path("node_modules") + "/pagefind"));
    CHECK(std::filesystem::is_directory(data_path("themes") + "/default/layouts"));
}
