// KPI tables' words come from the theme's catalogue: a changed message
// changes a table's headings and caption, and the caption of the data table
// under a chart; the default theme's en-GB writes them as before.
#include "model/kpi_view.hpp"

#include <catch2/catch.hpp>

#include "charts/page_charts.hpp"
#include "model/chart_view.hpp"
#include "support/chart_kpi.hpp"
#include "support/theme_messages.hpp"

using namespace candour;
using candour::testing::chart_kpi;
using candour::testing::default_theme_po;
using candour::testing::ind;
using candour::testing::load_messages_text;
using candour::testing::period;
using candour::testing::theme_messages;
using candour::testing::theme_messages_with;
using nlohmann::json;

namespace {

std::string po(const std::string& id, const std::string& text) {
    return "msgid \"" + id + "\"\nmsgstr \"" + text + "\"\n\n";
}

std::vector<std::string> headings(const json& table) {
    std::vector<std::string> out;
    for (const auto& h : table["head"]) out.push_back(h["text"]);
    return out;
}

}  // namespace

TEST_CASE("a KPI table's headings and caption are the theme's, in en-GB as before") {
    json history = history_table(ind("charge-rate"), theme_messages());
    CHECK(headings(history) ==
          std::vector<std::string>{"Period", "Charge rate (per cent)", "Numerator", "Denominator"});
    CHECK(history["caption"] == "Charge rate: every period, latest first");
    json some = history_table(ind("charges"), theme_messages(), {period("2024-25 Q1"), period("2024-25 Q2")});
    CHECK(some["caption"] == "Charges, April to June 2024 to July to September 2024, latest first");
    json one = history_table(ind("charges"), theme_messages(), {period("2024-25 Q2")});
    CHECK(one["caption"] == "Charges, July to September 2024");
    json by_sex =
        breakdown_table(ind("charges"), "sex", {period("2024-25 Q2")}, chart_kpi().catalogue, theme_messages());
    CHECK(by_sex["caption"] == "Charges by sex of the victim, July to September 2024 (number)");
    CHECK(by_sex["rows"].back()["header"] == "Total");
}

TEST_CASE("a changed catalogue message changes a KPI table's headings, caption and total row") {
    Messages m = theme_messages_with(po("table.period", "Quarter") + po("table.value_heading", "{title}, {unit}") +
                                     po("unit.percentage", "percentage") + po("table.numerator", "Of which") +
                                     po("table.history.caption.all", "All of {title}") +
                                     po("table.breakdown.caption", "{title} / {breakdown} / {periods} / {unit}") +
                                     po("table.total", "All groups"));
    json history = history_table(ind("charge-rate"), m);
    CHECK(headings(history) ==
          std::vector<std::string>{"Quarter", "Charge rate, percentage", "Of which", "Denominator"});
    CHECK(history["caption"] == "All of Charge rate");
    json by_sex = breakdown_table(ind("charges"), "sex", {period("2024-25 Q2")}, chart_kpi().catalogue, m);
    CHECK(by_sex["caption"] == "Charges / sex of the victim / July to September 2024 / number");
    CHECK(by_sex["rows"].back()["header"] == "All groups");
}

TEST_CASE("the data table under a chart is captioned by the catalogue, with the chart's words") {
    Messages m = theme_messages_with(po("chart.table.caption", "Figures drawn: {caption}") +
                                     po("chart.trend.title.rose", "{title} up {amount} on {previous}{target}"));
    PageCharts charts("indicators/charges/", theme_messages());
    ChartPage page{charts};
    json english = trend_chart_view(ind("charges"), {}, {"x.md", 1, 1}, page, theme_messages());
    CHECK(english["table"]["caption"] == "Data in the chart: Charges: every period, latest first");
    CHECK(english["title"] == "Charges rose by 8 on the previous quarter");
    json changed = trend_chart_view(ind("charges"), {}, {"x.md", 1, 1}, page, m);
    CHECK(changed["table"]["caption"] == "Figures drawn: Charges: every period, latest first");
    CHECK(changed["title"] == "Charges up 8 on the previous quarter");
    // The title is not drawn (the page writes it as text): the drawing is
    // the same, and only its <title> is the new wording.
    REQUIRE(charts.requests().size() == 2);
    CHECK(charts.requests()[0].spec == charts.requests()[1].spec);
    CHECK(charts.requests()[1].title == "Charges up 8 on the previous quarter");
}
