// `candour build` writes each page to the staging folder as it is rendered
// (build/build.cpp, write/site_writer.hpp): what it publishes is what the
// site is in memory, and a page the privacy gate stops, though already on
// disk in the staging folder, never goes live.
#include <catch2/catch.hpp>
#include <filesystem>

#include "build/build.hpp"
#include "support/rendered_site.hpp"
#include "support/site_fixture.hpp"

using namespace candour;
using namespace candour::testing;
namespace fs = std::filesystem;

namespace {

BuildOptions options_for(const TempDir& dir) {
    BuildOptions options;
    options.source_dir = dir / "source";
    options.output_dir = dir / "out";
    options.cache_dir = dir / "cache";
    options.search.enabled = false;
    options.today = Date{2025, 1, 15};
    options.jobs = 2;
    return options;
}

}  // namespace

TEST_CASE("a streamed build publishes byte for byte the site rendered in memory") {
    TempDir dir;
    Files site = minimal_site();
    for (int i = 0; i < 20; ++i)
        site["content/reports/area-" + std::to_string(i) + ".md"] =
            "---\ntitle: Area " + std::to_string(i) + "\n---\n## Summary\n\nText.\n";
    write_files(dir / "source", site);
    Diagnostics diags;
    BuildReport report = build_site(options_for(dir), diags);
    REQUIRE_FALSE(diags.has_errors());
    REQUIRE(report.written);
    CHECK(read_tree(dir / "out") == render_source(dir / "source", Date{2025, 1, 15}).files);
    CHECK(report.pages >= 21);
}

TEST_CASE("a page the privacy gate stops is never published, though it was streamed to the staging folder") {
    TempDir dir;
    write_files(dir / "source", minimal_site());
    Diagnostics first;
    REQUIRE(build_site(options_for(dir), first).written);
    Files published = read_tree(dir / "out");

    write_files(dir / "source", {{"content/reports/leak.md", "---\ntitle: Leak\n---\nCall Jo on 07700 900123.\n"}});
    Diagnostics diags;
    BuildReport report = build_site(options_for(dir), diags);
    CHECK_FALSE(report.written);
    REQUIRE(diags.has_errors());
    CHECK(formatted(diags)[0].find("possible phone number") != std::string::npos);
    CHECK(read_tree(dir / "out") == published);
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        INFO(entry.path());
        CHECK((entry.path().filename() == "out" || entry.path().filename() == "cache" ||
               entry.path().filename() == "source"));
    }
}
