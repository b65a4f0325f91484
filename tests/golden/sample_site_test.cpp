// Golden tests: every page of the sample site, compared whole with the
// expected copy in tests/golden/sample_site/. After an intended change, run
//   CANDOUR_UPDATE_GOLDEN=1 build/tests/candour_tests "[golden]"
// and review the diff of tests/golden/sample_site/ before committing.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <iterator>

#include "support/site_fixture.hpp"

using namespace candour::testing;

namespace {

bool is_golden_file(const std::string& path) {
    auto ends = [&](const std::string& ext) {
        return path.size() >= ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0;
    };
    return ends(".html") || ends(".xml") || ends(".txt") || ends(".ics");
}

Files golden_files(const Files& all) {
    Files out;
    for (const auto& [path, bytes] : all) {
        if (is_golden_file(path)) out[path] = bytes;
    }
    return out;
}

// "" when equal, else the first line that differs, for a readable failure.
std::string first_difference(const std::string& actual, const std::string& expected) {
    if (actual == expected) return "";
    auto a = lines_of(actual);
    auto e = lines_of(expected);
    for (std::size_t i = 0; i < std::max(a.size(), e.size()); ++i) {
        std::string al = i < a.size() ? a[i] : "<end of file>";
        std::string el = i < e.size() ? e[i] : "<end of file>";
        if (al != el) return "line " + std::to_string(i + 1) + "\n  expected: " + el + "\n  actual:   " + al;
    }
    return "line endings differ";
}

// The sample is in English and Welsh. With Welsh taken out of site.yaml's
// `languages`, it is a single-language site, which must build exactly as
// it did before candour knew languages: its Welsh texts wait unused.
Files english_only_sample() {
    Files files = sample_sources(CANDOUR_SOURCE_DIR, {"content", "data", "templates", "static", "releases"});
    std::string& config = files.at("site.yaml");
    auto at = config.find("\nlanguages: [en-GB, cy]\n");
    REQUIRE(at != std::string::npos);
    config.erase(at, std::string("\nlanguages: [en-GB, cy]").size());
    for (auto it = files.begin(); it != files.end();) {
        bool welsh_page = it->first.size() > 6 && it->first.compare(it->first.size() - 6, 6, ".cy.md") == 0;
        it = welsh_page ? files.erase(it) : std::next(it);
    }
    return files;
}

}  // namespace

TEST_CASE("every page of the sample site in English only matches its golden copy", "[golden]") {
    TempDir dir;
    write_files(dir / "source", english_only_sample());
    // The site as built on 20 November 2024, after the July to September
    // report: "Next update", the release calendar and the feed depend on the
    // day of the build.
    ::setenv("SOURCE_DATE_EPOCH", "1732060800", 1);
    auto r = run_candour({"build", "--no-search", "--source", dir / "source", "--output", dir / "site"});
    ::unsetenv("SOURCE_DATE_EPOCH");
    REQUIRE(r.exit_code == 0);
    Files actual = golden_files(read_tree(dir / "site"));
    const std::string golden_dir = std::string(CANDOUR_TESTS_DIR) + "/golden/sample_site";

    if (std::getenv("CANDOUR_UPDATE_GOLDEN")) {
        std::filesystem::remove_all(golden_dir);
        write_files(golden_dir, actual);
    }
    Files expected = read_tree(golden_dir);
    REQUIRE(!expected.empty());
    std::vector<std::string> actual_paths, expected_paths;
    for (const auto& [p, _] : actual) actual_paths.push_back(p);
    for (const auto& [p, _] : expected) expected_paths.push_back(p);
    CHECK(actual_paths == expected_paths);
    for (const auto& [path, bytes] : expected) {
        INFO("page " << path << " differs from tests/golden/sample_site/" << path);
        CHECK(first_difference(actual[path], bytes) == "");
    }
}
