// Charts drawn by the real renderer (Node.js with vega and vega-lite, as
// scripts/install-deps.sh installs them): the same spec gives the same SVG
// every time, hidden values are gaps in the picture, and the SVG can be
// inlined under the site's Content-Security-Policy.
#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>

#include "charts/group_bar_chart.hpp"
#include "charts/node_renderer.hpp"
#include "charts/period_bar_chart.hpp"
#include "charts/status_chart.hpp"
#include "charts/survey_chart.hpp"
#include "charts/svg_tidy.hpp"
#include "charts/trend_chart.hpp"
#include "io/data_dir.hpp"
#include "support/chart_kpi.hpp"
#include "support/site_fixture.hpp"
#include "support/theme_messages.hpp"

using namespace candour;
using candour::testing::breakdown;
using candour::testing::chart_kpi;
using candour::testing::ind;
using candour::testing::period;
using candour::testing::theme_messages;

namespace {

std::string draw(NodeRenderer& renderer, const Chart& chart) {
    RenderedSvg svg = renderer.render(chart.spec.dump());
    INFO(chart.slug);
    CHECK(svg.warnings.empty());
    return tidy_svg(svg.svg);
}

std::string draw(const Chart& chart) {
    NodeRenderer renderer(data_path("charts"));
    renderer.start();
    return draw(renderer, chart);
}

int count(const std::string& text, const std::string& what) {
    int n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

// The marks of one kind ("mark-rect", "mark-symbol", "mark-line") in the SVG:
// Vega groups each layer's marks in a <g class="mark-KIND ...">.
std::vector<std::string> marks(const std::string& svg, const std::string& kind) {
    std::vector<std::string> out;
    std::regex group("<g class=\"" + kind + " role-mark[^\"]*\"[^>]*>(.*?)</g>");
    for (std::sregex_iterator it(svg.begin(), svg.end(), group), end; it != end; ++it) {
        std::string inner = (*it)[1];
        std::regex item("<(path|text)[^>]*>");
        for (std::sregex_iterator m(inner.begin(), inner.end(), item); m != end; ++m) out.push_back((*m)[0]);
    }
    return out;
}

// The spec with every figure in its rows multiplied by `factor`: the same
// shape (charts/shared-compile.mjs), other axis labels and widths.
nlohmann::json scaled(nlohmann::json spec, double factor) {
    if (spec.is_object() && spec.contains("values") && spec["values"].is_array()) {
        for (auto& row : spec["values"]) {
            if (row.is_object() && row.contains("value") && row["value"].is_number()) {
                row["value"] = row["value"].get<double>() * factor;
            }
        }
    }
    if (spec.is_structured()) {
        for (auto& child : spec) child = scaled(child, factor);
    }
    return spec;
}

}  // namespace

TEST_CASE("the same spec renders to byte-identical SVG, alone or after other charts") {
    Chart chart = trend_chart(ind("charge-rate"), theme_messages(), {{}, 15.0});
    std::string first = draw(chart);
    NodeRenderer renderer(data_path("charts"));
    renderer.start();
    // Clip-path ids count up within a process: other charts first must not change this one.
    draw(renderer, group_bar_chart(ind("charges"), breakdown("sex"), period("2024-25 Q2"), theme_messages()));
    draw(renderer,
         survey_chart(ind("survey-rating"), breakdown("survey-theme"), period("2024-25 Q2"), theme_messages()));
    std::string again = draw(renderer, chart);
    CHECK(first.size() > 2000);
    CHECK(again == first);
}

// A renderer keeps one Vega view for each shape and swaps its rows
// (charts/view-reuse.mjs); what the view drew before must leave no trace.
TEST_CASE("a chart drawn after others of its shape with other figures is the chart drawn alone") {
    Chart chart = trend_chart(ind("charge-rate"), theme_messages(), {{}, 15.0});
    std::string wide = draw(chart);
    NodeRenderer renderer(data_path("charts"));
    renderer.start();
    std::string narrow = tidy_svg(renderer.render(chart.narrow_spec.dump()).svg);
    for (double factor : {1000.0, 0.01, 3.0}) {
        CHECK(tidy_svg(renderer.render(scaled(chart.spec, factor).dump()).svg) != wide);
        renderer.render(scaled(chart.narrow_spec, factor).dump());
    }
    CHECK(tidy_svg(renderer.render(chart.spec.dump()).svg) == wide);
    CHECK(tidy_svg(renderer.render(chart.narrow_spec.dump()).svg) == narrow);
}

TEST_CASE("a suppressed value never reaches the SVG: no bar, no number, only its symbol") {
    // Raw figures: Female 41, Male 3, Not recorded 8; the 3 and the 8 are hidden.
    Chart chart = group_bar_chart(ind("charges"), breakdown("sex"), period("2024-25 Q2"), theme_messages());
    std::string spec = chart.spec.dump();
    CHECK(spec.find("\"value\":8") == std::string::npos);
    CHECK(spec.find("\"value\":3") == std::string::npos);
    std::string svg = draw(chart);
    CHECK(marks(svg, "mark-rect").size() == 1);  // Female's bar only
    CHECK(svg.find(">41 [p]</text>") != std::string::npos);
    CHECK(count(svg, ">[c]</text>") == 2);
    CHECK(svg.find(">8<") == std::string::npos);
    CHECK(svg.find(">3<") == std::string::npos);
}

TEST_CASE("a hidden point breaks the line instead of dropping it to zero") {
    // 2023-24 Q3 has a base of 8, so the charge rate is [c].
    std::string svg = draw(trend_chart(ind("charge-rate"), theme_messages()));
    auto points = marks(svg, "mark-symbol");
    CHECK(points.size() == 5);  // six periods, one hidden
    auto lines = marks(svg, "mark-line");
    REQUIRE(lines.size() == 2);  // the figure and the same quarter a year earlier
    std::smatch d;
    REQUIRE(std::regex_search(lines[1], d, std::regex(" d=\"([^\"]*)\"")));
    CHECK(count(d[1], "M") == 2);  // two pieces either side of the gap
    CHECK(svg.find(">[c]</text>") != std::string::npos);
}

TEST_CASE("rendered SVG has no style attribute or element, and every id can be made unique") {
    for (const Chart& chart :
         {trend_chart(ind("charges"), theme_messages()),
          period_bar_chart(ind("right-to-review"), breakdown("review-outcome"),
                           {period("2024-25 Q1"), period("2024-25 Q2")}, BarLayout::stacked, theme_messages()),
          period_bar_chart(ind("charges"), breakdown("relationship"), {period("2024-25 Q1"), period("2024-25 Q2")},
                           BarLayout::grouped, theme_messages()),
          status_chart({"s", "actions", "", {{"Complete", 3}, {"In progress", 1}}}, theme_messages())}) {
        std::string svg = draw(chart);
        INFO(chart.slug);
        CHECK(svg.rfind("<svg", 0) == 0);
        CHECK(svg.find("style=") == std::string::npos);
        CHECK(svg.find("<style") == std::string::npos);
        CHECK(svg.find("role=") == std::string::npos);
        std::regex id(" id=\"([^\"]*)\"");
        for (std::sregex_iterator it(svg.begin(), svg.end(), id), end; it != end; ++it) {
            CHECK((*it)[1].str().rfind(svg_id_token, 0) == 0);
        }
        std::string placed = place_svg(svg, "chart-x", "Title", "Description");
        CHECK(placed.find(svg_id_token) == std::string::npos);
    }
}

TEST_CASE("without Node.js, or without its packages, the renderer says how to install them") {
    NodeRenderer no_node(data_path("charts"), "candour-no-such-node");
    try {
        no_node.start();
        FAIL("started without Node.js");
    } catch (const ChartRendererError& e) {
        CHECK(std::string(e.what()) == "Node.js is needed to draw charts, but 'candour-no-such-node' was not found");
        CHECK(e.hint.find("apt-get install nodejs npm") != std::string::npos);
    }
    candour::testing::TempDir dir;
    std::filesystem::copy_file(data_path("charts") + "/render-charts.mjs", dir / "render-charts.mjs");
    std::filesystem::copy_file(data_path("charts") + "/font-metrics.json", dir / "font-metrics.json");
    NodeRenderer no_packages(dir.path());
    try {
        no_packages.start();
        FAIL("started without vega");
    } catch (const ChartRendererError& e) {
        CHECK(std::string(e.what()) ==
              "the chart renderer could not start: cannot load vega and vega-lite "
              "(ERR_MODULE_NOT_FOUND)");
        CHECK(e.hint.find("'npm ci' in " + dir.path()) != std::string::npos);
    }
}

namespace {

int svg_width(const std::string& svg) {
    std::smatch m;
    std::regex width("<svg[^>]* width=\"([0-9.]+)\"");
    return std::regex_search(svg, m, width) ? static_cast<int>(std::stod(m[1])) : -1;
}

}  // namespace

// The page shows the narrow drawing in a column of 288 to 639 px and the
// wide one from 640 px (main.css); drawn no wider than these, neither is
// shrunk enough to take 13 px text under 12 px on screen.
TEST_CASE("each chart type draws a narrow drawing a phone shows whole and a wide one the page column holds") {
    NodeRenderer renderer(data_path("charts"));
    renderer.start();
    for (const Chart& c : testing::every_chart_type()) {
        INFO(c.slug);
        RenderedSvg narrow = renderer.render(c.narrow_spec.dump());
        CHECK(narrow.warnings.empty());
        CHECK(svg_width(narrow.svg) > 200);
        CHECK(svg_width(narrow.svg) <= 300);
        RenderedSvg wide = renderer.render(c.spec.dump());
        CHECK(svg_width(wide.svg) > 400);
        CHECK(svg_width(wide.svg) <= 672);
    }
}
