// Every word of a chart comes from the theme's catalogue: a site or a
// translation that changes a message changes the chart (and so its spec,
// which keys the drawing's cache), and the default theme's en-GB writes
// every chart exactly as before (its specs are also held to
// tests/golden/charts/ by chart_specs_test.cpp).
#include <catch2/catch.hpp>

#include "charts/chart_text.hpp"
#include "charts/group_bar_chart.hpp"
#include "charts/node_renderer.hpp"
#include "charts/period_bar_chart.hpp"
#include "charts/survey_chart.hpp"
#include "charts/svg_tidy.hpp"
#include "charts/trend_chart.hpp"
#include "io/data_dir.hpp"
#include "support/chart_kpi.hpp"
#include "support/theme_messages.hpp"

using namespace candour;
using candour::testing::breakdown;
using candour::testing::chart_kpi;
using candour::testing::default_theme_po;
using candour::testing::ind;
using candour::testing::load_messages_text;
using candour::testing::period;
using candour::testing::theme_messages;
using candour::testing::theme_messages_with;

namespace {

std::string po(const std::string& id, const std::string& text) {
    return "msgid \"" + id + "\"\nmsgstr \"" + text + "\"\n\n";
}

}  // namespace

TEST_CASE("a trend chart's title, subtitle, key, summary and notes are the catalogue's messages") {
    Messages m = theme_messages_with(po("chart.trend.title.rose", "{title}: up {amount} on {previous}{target}") +
                                     po("chart.previous.quarter", "last quarter") +
                                     po("chart.trend.subtitle.quarter", "{unit} a quarter, {periods}") +
                                     po("unit.count", "count") +
                                     po("chart.trend.key.year_earlier.quarter", "Dashes: a year before") +
                                     po("chart.trend.summary.rose", "{title} went from {from_value} to {to_value}.") +
                                     po("chart.gaps.not_zeros", "Gaps are not zeros.") +
                                     po("chart.trend.note.provisional", "Hollow: provisional [p]."));
    Chart english = trend_chart(ind("charges"), theme_messages());
    Chart c = trend_chart(ind("charges"), m);
    CHECK(c.title == "Charges: up 8 on last quarter");
    CHECK(c.subtitle == "Count a quarter, April to June 2023 to July to September 2024");
    CHECK(c.key == std::vector<std::string>{"Dashes: a year before"});
    CHECK(c.summary ==
          "Charges went from 40 to 52. The highest figure was 52 in July to September 2024 and the lowest 38 in July "
          "to September 2023. 1 value is not available ([x]). Gaps are not zeros.");
    CHECK(c.notes.at(1) == "Hollow: provisional [p].");
    // The drawings carry the summary, so the changed words are a new spec
    // (drawn once), never the English drawing taken from the cache.
    CHECK(c.spec["description"] == c.summary);
    CHECK(c.narrow_spec["description"] == c.summary);
    CHECK(c.spec != english.spec);
}

TEST_CASE("the words drawn in a trend chart and its tooltips are the catalogue's") {
    Messages m = theme_messages_with(
        po("chart.trend.label.year_earlier", "Last year") + po("chart.trend.label.target", "Goal {target}") +
        po("chart.tooltip.period", "When") + po("chart.trend.title.same", "unused {title}{previous}{target}"));
    std::string drawn = trend_chart(ind("charges"), m).spec.dump();
    CHECK(drawn.find("\"value\":\"Last year\"") != std::string::npos);
    CHECK(drawn.find("A year earlier") == std::string::npos);
    CHECK(drawn.find("\"title\":\"When\"") != std::string::npos);
    std::string target = trend_chart(ind("charge-rate"), m, {{}, 15.0}).spec.dump();
    CHECK(target.find("\"value\":\"Goal 15.0%\"") != std::string::npos);
}

TEST_CASE("a plural chart message takes the form CLDR gives the number, in the catalogue's words") {
    Messages m = theme_messages_with(
        "msgid \"chart.gaps.not_available\"\nmsgid_plural \"chart.gaps.not_available\"\n"
        "msgstr[0] \"one missing: {count} ([x]).\"\nmsgstr[1] \"{count} missing ([x]).\"\n\n");
    CHECK(chart_text::gap_note({Symbol::not_available}, m) ==
          "one missing: 1 ([x]). They are gaps in the chart, not zeros.");
    CHECK(chart_text::gap_note({Symbol::not_available, Symbol::not_available}, m) ==
          "2 missing ([x]). They are gaps in the chart, not zeros.");
    // The default theme: as the charts have always said it.
    CHECK(
        chart_text::gap_note({Symbol::confidential, Symbol::confidential, Symbol::not_applicable}, theme_messages()) ==
        "2 values are not shown to protect the anonymity of the people involved ([c]). 1 value is not applicable "
        "([z]). They are gaps in the chart, not zeros.");
    CHECK(chart_text::gap_note({}, theme_messages()).empty());
}

TEST_CASE("lists in chart summaries are joined by the catalogue's words") {
    Messages m =
        theme_messages_with(po("chart.list.comma", "{list}; {next}") + po("chart.list.and", "{list} & {last}"));
    CHECK(chart_text::list_in_words({"A", "B", "C"}, m) == "A; B & C");
    CHECK(chart_text::list_in_words({"A"}, m) == "A");
    CHECK(chart_text::list_in_words({"A", "B", "C"}, theme_messages()) == "A, B and C");
    CHECK(chart_text::list_in_words({"A", "B"}, theme_messages()) == "A and B");
}

TEST_CASE("bar charts' titles, subtitles and summaries are the catalogue's messages") {
    Messages m = theme_messages_with(po("chart.bars.title.highest_shown", "Highest shown: {group}, {value}, {period}") +
                                     po("chart.bars.subtitle", "{unit}; {breakdown}; {periods}") +
                                     po("chart.bars.figure", "{group} = {value}") +
                                     po("chart.bars.summary", "{title} ({breakdown}, {period}): {figures}.") +
                                     po("chart.period_bars.note.hidden_box", "The dashed box is the hidden figures."));
    Chart c = group_bar_chart(ind("charges"), breakdown("sex"), period("2024-25 Q2"), m);
    CHECK(c.title == "Highest shown: Female, 41, July to September 2024");
    CHECK(c.subtitle == "Number; sex of the victim; July to September 2024");
    CHECK(c.summary.rfind(
              "Charges (sex of the victim, July to September 2024): Female = 41 [p], Male = [c] and Not recorded = "
              "[c].",
              0) == 0);
    Chart stacked = period_bar_chart(ind("right-to-review"), breakdown("review-outcome"), {period("2024-25 Q2")},
                                     BarLayout::stacked, m);
    CHECK(stacked.notes.back() == "The dashed box is the hidden figures.");
}

TEST_CASE("the survey chart's sides are the catalogue's words, even with an apostrophe") {
    Messages m =
        theme_messages_with(po("chart.survey.good", "Rated 'good' or better") +
                            po("chart.survey.other", "Didn't rate it good") + po("chart.survey.all_themes", "Overall"));
    Chart c = survey_chart(ind("survey-rating"), breakdown("survey-theme"), period("2024-25 Q2"), m);
    std::string spec = c.spec.dump();
    CHECK(spec.find("\"domain\":[\"Rated 'good' or better\",\"Didn't rate it good\"]") != std::string::npos);
    // The layers pick each side's rows with a Vega expression, whose string
    // must escape the apostrophe or the chart would not compile.
    CHECK(spec.find(R"(datum.side === 'Didn\\'t rate it good')") != std::string::npos);
    CHECK(c.summary.find("Across all themes") != std::string::npos);
    bool overall = false;
    for (const auto& row : c.spec["data"]["values"]) overall = overall || row["group"] == "Overall";
    CHECK(overall);
}

TEST_CASE("a survey chart whose sides have apostrophes is drawn, its labels in place") {
    Messages m = theme_messages_with(po("chart.survey.good", "Rated 'good' or better") +
                                     po("chart.survey.other", "Didn't rate it good"));
    Chart c = survey_chart(ind("survey-rating"), breakdown("survey-theme"), period("2024-25 Q2"), m);
    NodeRenderer renderer(data_path("charts"));
    renderer.start();
    RenderedSvg drawn = renderer.render(c.spec.dump());
    CHECK(drawn.warnings.empty());
    std::string svg = tidy_svg(drawn.svg);
    // The legend names both sides (the SVG may escape the apostrophe).
    bool legend = svg.find(">Didn't rate it good</text>") != std::string::npos ||
                  svg.find(">Didn&#39;t rate it good</text>") != std::string::npos ||
                  svg.find(">Didn&apos;t rate it good</text>") != std::string::npos;
    CHECK(legend);
    // Each side's figures are labelled, as in English: Safety's 72.2% and 27.8%.
    CHECK(svg.find(">72.2%<") != std::string::npos);
    CHECK(svg.find(">27.8%<") != std::string::npos);
}
