// Search: the Pagefind index `candour build` adds to the site, what it
// leaves out, and what readers get without it (docs/search.md).
#include <catch2/catch.hpp>

#include "build/build.hpp"
#include "support/kpi_site.hpp"
#include "support/rendered_site.hpp"
#include "support/site_fixture.hpp"

using namespace candour;
using namespace candour::testing;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::vector<std::string> under(const Files& files, const std::string& dir) {
    std::vector<std::string> out;
    for (const auto& [path, _] : files) {
        if (path.rfind(dir, 0) == 0) out.push_back(path);
    }
    return out;
}

}  // namespace

TEST_CASE("candour build indexes the published pages for search, and nothing unpublished") {
    TempDir dir;
    Files site = minimal_site();
    site["content/reports/q2.md"] = "---\ntitle: Q2 report\ndraft: true\n---\nNot yet.\n";
    write_files(dir / "src", site);
    auto r = run_candour({"build", "--source", dir / "src", "--output", dir / "site"});
    REQUIRE(r.exit_code == 0);
    // Home, the reports section and the Q1 report: not the draft, the 404
    // page, or the search and A to Z pages, which only repeat titles.
    CHECK(contains(r.out, "candour: search index of 3 pages built in "));
    Files out = read_tree(dir / "site");
    CHECK(out.count("pagefind/pagefind.js") == 1);
    CHECK(under(out, "pagefind/fragment/").size() == 3);
    CHECK(contains(out["pagefind/pagefind-entry.json"], "\"en-gb\""));  // from <html lang="en-GB">
    // Pagefind's ready-made interfaces, with inline styles, are not published.
    CHECK(under(out, "pagefind/pagefind-ui").empty());
    CHECK(under(out, "pagefind/pagefind-modular-ui").empty());
    CHECK(contains(out["reports/q1/index.html"], "<main id=\"main-content\" tabindex=\"-1\" data-pagefind-body>"));
    CHECK(contains(out["a-to-z/index.html"], "<main id=\"main-content\" tabindex=\"-1\">"));
}

TEST_CASE("the search page works without JavaScript by pointing to the A to Z") {
    // As `candour serve` shows it: every stage but write.
    Files out = render_files(kpi_site(), {2024, 11, 20}, true).files;
    const std::string& search = out["search/index.html"];
    CHECK(contains(search,
                   "Search needs JavaScript, which is switched off or not available in your browser. Every "
                   "page of this site is listed in the <a href=\"../a-to-z/\">A to Z of pages</a>."));
    CHECK(contains(search, "<form class=\"search__form\" id=\"search-form\" role=\"search\" hidden>"));
    CHECK(contains(search, "<script type=\"module\" src=\"../assets/js/search.js\"></script>"));
    // The index's WebAssembly is allowed on this page only; inline code never is.
    CHECK(contains(search, "script-src &apos;self&apos; &apos;wasm-unsafe-eval&apos;;"));
    CHECK_FALSE(contains(search, "unsafe-inline"));
    CHECK_FALSE(contains(out["index.html"], "wasm-unsafe-eval"));
    CHECK(out.count("assets/js/search.js") == 1);
    // The preview never has an index: its drafts must not be found by search.
    CHECK(under(out, "pagefind/").empty());

    const std::string& a_to_z = out["a-to-z/index.html"];
    CHECK(contains(a_to_z,
                   "<li><a href=\"../indicators/charge-rate/\">Charge rate</a> <span class=\"a-to-z__section\">in "
                   "Indicators</span></li>"));
    CHECK(contains(a_to_z,
                   "<li><a href=\"../reports/q1/\">Q1 report</a> <span class=\"a-to-z__section\">in "
                   "Reports</span></li>"));
    CHECK(contains(a_to_z, "<h2 id=\"letter-c\">C</h2>"));
    CHECK(a_to_z.find("Charge rate") < a_to_z.find(">Charges<"));
    CHECK_FALSE(contains(a_to_z, "Page not found"));
}

TEST_CASE("without Pagefind the site is still published, with a warning saying what to install") {
    TempDir dir;
    write_files(dir / "src", minimal_site());
    BuildOptions options;
    options.source_dir = dir / "src";
    options.output_dir = dir / "site";
    options.search.pagefind_dir = dir / "nowhere";
    Diagnostics diags;
    BuildReport report = build_site(options, diags);
    CHECK(report.written);
    CHECK_FALSE(report.search.built);
    auto problems = diags.sorted();
    REQUIRE(problems.size() == 1);
    CHECK(format_diagnostic(problems[0])
              .rfind(dir / "site" + ":1:1: warning: the search index was not built: Pagefind is not installed", 0) ==
          0);
    CHECK(read_tree(dir / "site").count("search/index.html") == 1);

    SECTION("and without Node.js") {
        Diagnostics no_node;
        options.search.pagefind_dir = CANDOUR_SOURCE_DIR;
        options.search.node = "no-such-node-program";
        build_site(options, no_node);
        REQUIRE(no_node.warning_count() == 1);
        CHECK(contains(format_diagnostic(no_node.sorted()[0]),
                       "Node.js is needed to run Pagefind, but 'no-such-node-program' was not found"));
    }
}

TEST_CASE("candour build --no-search publishes without an index or a warning") {
    TempDir dir;
    write_files(dir / "src", minimal_site());
    auto r = run_candour({"build", "--no-search", "--source", dir / "src", "--output", dir / "site"});
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(under(read_tree(dir / "site"), "pagefind/").empty());
}

TEST_CASE("a Welsh site gets its own search index, apart from English") {
    TempDir dir;
    Files site = minimal_site();
    site["site.yaml"] += "language: cy\n";
    write_files(dir / "src", site);
    auto r = run_candour({"build", "--source", dir / "src", "--output", dir / "site"});
    REQUIRE(r.exit_code == 0);
    Files out = read_tree(dir / "site");
    CHECK(contains(out["index.html"], "<html lang=\"cy\">"));
    CHECK(contains(out["pagefind/pagefind-entry.json"], "\"cy\""));
    CHECK_FALSE(contains(out["pagefind/pagefind-entry.json"], "\"en"));
}
