// The cache must never change what the preview shows: after any edit, a
// rebuild that reuses earlier work gives byte for byte a clean build.
#include "serve/build_cache.hpp"

#include <catch2/catch.hpp>

#include "support/site_fixture.hpp"

using namespace candour;
using namespace candour::testing;

namespace {

struct Result {
    std::vector<std::pair<std::string, std::string>> files;
    std::vector<std::string> problems;
    bool operator==(const Result&) const = default;
};

Result render(const std::string& source, BuildCache* cache) {
    BuildOptions options;
    options.source_dir = source;
    options.preview = true;
    options.today = Date{2024, 11, 14};
    Diagnostics diags;
    Result out;
    for (auto& f : render_in_memory(options, diags, cache ? cache->reuse() : BuildReuse{}).files) {
        out.files.emplace_back(f.path, f.bytes);
    }
    for (const auto& d : diags.sorted()) out.problems.push_back(format_diagnostic(d));
    return out;
}

// Builds once with the warm cache and once from nothing, and compares.
void check_same_as_clean_build(const std::string& source, BuildCache& cache) {
    Result cached = render(source, &cache);
    Result clean = render(source, nullptr);
    REQUIRE_FALSE(clean.files.empty());
    CHECK(cached == clean);
}

}  // namespace

TEST_CASE("rebuilds that reuse earlier work are byte for byte a clean build") {
    TempDir dir;
    write_files(dir.path(), minimal_site());
    BuildCache cache;
    check_same_as_clean_build(dir.path(), cache);

    SECTION("after a paragraph changes") {
        write_files(dir.path(), {{"content/reports/q1.md",
                                  "---\ntitle: Q1 report\ndate: 2024-08-15\n---\n## Summary\n\n"
                                  "Charges rose.\n\nBack to [reports](_index.md).\n"}});
        check_same_as_clean_build(dir.path(), cache);
    }
    SECTION("after a title shown on other pages changes") {
        write_files(dir.path(),
                    {{"content/reports/q1.md", "---\ntitle: First quarter\ndate: 2024-08-15\n---\nText.\n"}});
        check_same_as_clean_build(dir.path(), cache);
    }
    SECTION("after a partial changes") {
        write_files(dir.path(), {{"templates/overrides/partials/footer.mustache", "<footer>New footer</footer>\n"}});
        check_same_as_clean_build(dir.path(), cache);
    }
    SECTION("after site.yaml changes") {
        Files site = minimal_site();
        write_files(dir.path(), {{"site.yaml", site["site.yaml"] + "description: Now with a description\n"}});
        check_same_as_clean_build(dir.path(), cache);
    }
    SECTION("after a page becomes a draft") {
        write_files(dir.path(), {{"content/reports/q1.md", "---\ntitle: Q1 report\ndraft: true\n---\nText.\n"}});
        check_same_as_clean_build(dir.path(), cache);
    }
}

TEST_CASE("an unchanged file's problems are still reported on every rebuild") {
    TempDir dir;
    Files site = minimal_site();
    site["content/reports/q2.md"] = "---\ntitle: Q2\ntitel: typo\n---\nText.\n";
    write_files(dir.path(), site);
    BuildCache cache;
    Result first = render(dir.path(), &cache);
    Result second = render(dir.path(), &cache);
    REQUIRE(first.problems.size() == 1);
    CHECK(first.problems[0].rfind("content/reports/q2.md:3:1: error: unknown front-matter key 'titel'", 0) == 0);
    CHECK(second.problems == first.problems);
}

TEST_CASE("editing one paragraph re-renders only that page") {
    TempDir dir;
    write_files(dir.path(), minimal_site());
    BuildCache cache;
    render(dir.path(), &cache);
    CacheStats cold = cache.take_stats();
    CHECK(cold.content_hits == 0);
    CHECK(cold.page_hits == 0);

    write_files(dir.path(), {{"content/reports/q1.md",
                              "---\ntitle: Q1 report\ndate: 2024-08-15\n---\n## Summary\n\nA new paragraph.\n"}});
    render(dir.path(), &cache);
    CacheStats warm = cache.take_stats();
    CHECK(warm.content_misses == 1);
    CHECK(warm.content_hits == cold.content_misses - 1);
    CHECK(warm.page_misses == 1);
    CHECK(warm.page_hits == cold.page_misses - 1);
}
