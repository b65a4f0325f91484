// Charts in a whole build: drawn once and kept by spec hash, so an unchanged
// chart is never drawn again and a build with every chart cached never
// starts Node.js; a missing renderer is a located error with a hint.
#include <array>
#include <catch2/catch.hpp>
#include <regex>

#include "build/build.hpp"
#include "support/chart_site.hpp"

using namespace candour;
using namespace candour::testing;

namespace {

struct Result {
    BuildReport report;
    std::vector<std::string> problems;
    Files out;
};

Result build(const std::string& src, const std::string& out, const std::string& cache, const std::string& node = "node",
             int renderers = 0) {
    BuildOptions options;
    options.source_dir = src;
    options.output_dir = out;
    options.charts.cache_dir = cache;
    options.charts.node = node;
    options.charts.renderers = renderers;
    Diagnostics diags;
    Result r;
    r.report = build_site(options, diags);
    for (const auto& d : diags.sorted()) r.problems.push_back(format_diagnostic(d));
    for (const auto& p : r.problems) UNSCOPED_INFO(p);
    r.out = read_tree(out);
    return r;
}

}  // namespace

TEST_CASE("a second build takes every chart from the cache, never starts Node, and writes the same bytes") {
    TempDir dir;
    write_files(dir / "src", chart_site("```chart\nindicator: charges\ntype: bars\nbreakdown: sex\n```\n"));
    Result cold = build(dir / "src", dir / "one", dir / "cache");
    REQUIRE(cold.problems.empty());
    CHECK(cold.report.charts.renderer_started);
    // A trend and a bar chart a breakdown on the 4 indicator pages, each in
    // two drawings (wide and narrow); the report's chart is the same as one
    // of them, so it is drawn once.
    CHECK(cold.report.charts.drawn == 16);
    CHECK(cold.report.charts.cached == 0);

    // With every chart cached, not even a missing Node.js matters.
    Result warm = build(dir / "src", dir / "two", dir / "cache", "candour-no-such-node");
    REQUIRE(warm.problems.empty());
    CHECK_FALSE(warm.report.charts.renderer_started);
    CHECK(warm.report.charts.drawn == 0);
    CHECK(warm.report.charts.cached == 16);
    CHECK(warm.out == cold.out);

    // Two cold builds into separate caches agree byte for byte too.
    Result again = build(dir / "src", dir / "three", dir / "cache2");
    CHECK(again.report.charts.drawn == 16);
    CHECK(again.out == cold.out);
}

TEST_CASE("a changed chart is drawn again, and only that one") {
    TempDir dir;
    Files site = chart_site("```chart\nindicator: charges\n```\n");
    write_files(dir / "src", site);
    REQUIRE(build(dir / "src", dir / "one", dir / "cache").problems.empty());
    write_files(dir / "src", {{"content/reports/r.md",
                               "---\ntitle: Report\n---\n```chart\nindicator: charges\n"
                               "target: 50\n```\n"}});
    Result r = build(dir / "src", dir / "two", dir / "cache");
    CHECK(r.report.charts.drawn == 2);  // the report's trend, now with a target, wide and narrow
    CHECK(r.report.charts.cached == 16);
}

TEST_CASE("without Node.js, a build with charts to draw fails at the first chart, saying how to install it") {
    int renderers = GENERATE(1, 3);  // every renderer fails the same way: one error all the same
    INFO(renderers << " renderers");
    TempDir dir;
    write_files(dir / "src", chart_site("Text.\n\n```chart\nindicator: charges\n```\n"));
    Result r = build(dir / "src", dir / "out", dir / "cache", "candour-no-such-node", renderers);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0] ==
          "content/reports/r.md:7:1: error: Node.js is needed to draw charts, but 'candour-no-such-node' was not "
          "found\n  hint: charts are drawn by Node.js with the vega and vega-lite packages: run "
          "scripts/install-deps.sh (on Debian: 'apt-get install nodejs npm', then 'npm ci' in " +
              data_path("charts") + ")");
    CHECK_FALSE(r.report.written);
    CHECK(r.out.empty());
}

namespace {

// Each chart on a page, in page order: its id and title, and the title its
// wide drawing carries.
std::vector<std::array<std::string, 3>> charts_on(const std::string& html) {
    std::vector<std::array<std::string, 3>> out;
    std::regex chart(R"re(<div class="chart" id="([^"]+)"[\s\S]*?<p class="chart__title">([^<]*)</p>)re"
                     R"re([\s\S]*?<title id="[^"]*">([^<]*)</title>)re");
    for (std::sregex_iterator it(html.begin(), html.end(), chart), end; it != end; ++it) {
        out.push_back({(*it)[1], (*it)[2], (*it)[3]});
    }
    return out;
}

}  // namespace

TEST_CASE(
    "one renderer or several: the same site byte for byte, each drawing beside its own chart, in the order written") {
    TempDir dir;
    write_files(dir / "src", chart_site("```chart\nindicator: charge-rate\n```\n\n"
                                        "```chart\nindicator: charges\ntype: stacked\nbreakdown: sex\n```\n\n"
                                        "```chart\nindicator: charges\ntype: bars\nbreakdown: relationship\n```\n"));
    Result one = build(dir / "src", dir / "one", dir / "cache1", "node", 1);
    Result three = build(dir / "src", dir / "three", dir / "cache3", "node", 3);
    REQUIRE(one.problems.empty());
    REQUIRE(three.problems.empty());
    CHECK(one.report.charts.renderers == 1);
    CHECK(three.report.charts.renderers == 3);
    CHECK(three.out == one.out);

    auto charts = charts_on(three.out.at("reports/r/index.html"));
    REQUIRE(charts.size() == 3);
    CHECK(charts[0][0] == "chart-charge-rate-trend");
    CHECK(charts[1][0].find("chart-charges-") == 0);
    for (const auto& [id, title, drawn_title] : charts) CHECK(drawn_title == title);
    CHECK(charts[1][1] != charts[2][1]);
}
