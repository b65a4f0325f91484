// The chart stage's drawing: every distinct spec once, with one renderer
// process or several, and the results in the order the specs were given.
#include <catch2/catch.hpp>
#include <thread>

#include "charts/charts.hpp"
#include "charts/renderer_pool.hpp"
#include "charts/trend_chart.hpp"
#include "support/chart_kpi.hpp"
#include "support/theme_messages.hpp"

using namespace candour;
using candour::testing::chart_kpi;
using candour::testing::theme_messages;

namespace {

// Every trend chart of the test figures, wide and narrow.
std::vector<std::string> trend_specs() {
    std::vector<std::string> specs;
    for (const auto& ind : chart_kpi().indicators) {
        if (ind.periods.empty()) continue;
        Chart chart = trend_chart(ind, theme_messages());
        specs.push_back(chart.spec.dump());
        specs.push_back(chart.narrow_spec.dump());
    }
    return specs;
}

std::vector<SpecToDraw> at(const std::vector<std::string>& specs, const std::string& file) {
    std::vector<SpecToDraw> out;
    for (std::size_t i = 0; i < specs.size(); ++i) out.push_back({&specs[i], {file, static_cast<int>(i) + 1, 1}});
    return out;
}

std::vector<std::string> problems(const Diagnostics& diags) {
    std::vector<std::string> out;
    for (const auto& d : diags.sorted()) out.push_back(format_diagnostic(d));
    return out;
}

}  // namespace

TEST_CASE("one renderer or several draw every spec the same, each result in the place of its spec") {
    std::vector<std::string> specs = trend_specs();
    REQUIRE(specs.size() >= 6);
    std::vector<std::string> first;
    for (int renderers : {1, 3}) {
        ChartOptions options;
        options.renderers = renderers;
        Diagnostics diags;
        ChartStats stats;
        Drawings drawn = draw_charts(at(specs, "content/a.md"), options, diags, &stats);
        CHECK(problems(diags).empty());
        CHECK(stats.renderers == renderers);
        CHECK(stats.drawn == static_cast<int>(specs.size()));
        std::vector<std::string> svgs;
        for (std::size_t i = 0; i < specs.size(); ++i) {
            REQUIRE(drawn.svg(i));
            svgs.push_back(*drawn.svg(i));
        }
        if (first.empty()) {
            first = svgs;
            // Different specs, different drawings: none was put in another's place.
            CHECK(std::set<std::string>(svgs.begin(), svgs.end()).size() == specs.size());
        } else {
            CHECK(svgs == first);
        }
    }
}

TEST_CASE("each spec Vega refuses is one error at the first place that asked for it; the rest are drawn") {
    const std::string good = trend_specs().front();
    const std::string bad = R"({"mark":"nonsense","data":{"values":[{"a":1}]}})";
    const std::string worse = R"({"mark":"nonsense","data":{"values":[{"a":2}]}})";
    std::vector<SpecToDraw> specs = {{&bad, {"content/z.md", 9, 1}},
                                     {&good, {"content/b.md", 1, 1}},
                                     {&bad, {"content/a.md", 5, 1}},
                                     {&worse, {"content/c.md", 2, 3}}};
    ChartOptions options;
    options.renderers = 2;
    Diagnostics diags;
    Drawings drawn = draw_charts(specs, options, diags);
    auto found = problems(diags);
    REQUIRE(found.size() == 2);
    CHECK(found[0].rfind("content/a.md:5:1: error: Vega could not draw this chart: ", 0) == 0);
    CHECK(found[1].rfind("content/c.md:2:3: error: Vega could not draw this chart: ", 0) == 0);
    CHECK(drawn.svg(1));
    CHECK_FALSE(drawn.svg(0));
    CHECK_FALSE(drawn.svg(2));
    CHECK_FALSE(drawn.svg(3));
}

TEST_CASE("one renderer a core, but none for fewer than eight drawings of its own") {
    int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    CHECK(renderer_count(1, 0) == 1);
    CHECK(renderer_count(8, 0) == 1);
    CHECK(renderer_count(9, 0) == std::min(2, cores));
    CHECK(renderer_count(10000, 0) == cores);
    // Asked for: as many as asked, never more than there are drawings.
    CHECK(renderer_count(5, 3) == 3);
    CHECK(renderer_count(2, 3) == 2);
}
