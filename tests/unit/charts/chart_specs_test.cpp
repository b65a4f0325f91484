// Golden tests: each chart type's Vega-Lite spec for the test figures,
// compared whole with tests/golden/charts/NAME.vl.json. After an intended
// change, run
//   CANDOUR_UPDATE_GOLDEN=1 build/tests/candour_tests "[golden-charts]"
// and review the diff before committing. Other tests here check what a
// reader would notice in the specs: titles, summaries, gaps and marks.
#include <fmt/format.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "charts/chart_style.hpp"
#include "charts/group_bar_chart.hpp"
#include "charts/period_bar_chart.hpp"
#include "charts/status_chart.hpp"
#include "charts/survey_chart.hpp"
#include "charts/trend_chart.hpp"
#include "support/chart_kpi.hpp"
#include "support/theme_messages.hpp"

using namespace candour;
using candour::testing::breakdown;
using candour::testing::chart_kpi;
using candour::testing::ind;
using candour::testing::period;
using candour::testing::theme_messages;
using nlohmann::json;

namespace {

std::vector<Period> periods(std::initializer_list<const char*> codes) {
    std::vector<Period> out;
    for (const char* c : codes) out.push_back(period(c));
    return out;
}

StatusChartInput tracker() {
    return {"phase-1-status",
            "recommendations",
            "September 2024",
            {{"Complete", 7}, {"In progress", 4}, {"Not started", 2}}};
}

// Compares `spec` with its golden file, or rewrites the file when asked.
void check_golden(const std::string& name, const json& spec) {
    std::string path = std::string(CANDOUR_TESTS_DIR) + "/golden/charts/" + name + ".vl.json";
    std::string actual = spec.dump(2) + "\n";
    if (std::getenv("CANDOUR_UPDATE_GOLDEN")) std::ofstream(path, std::ios::binary) << actual;
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream expected;
    expected << in.rdbuf();
    INFO("spec differs from tests/golden/charts/" << name << ".vl.json");
    CHECK(actual == expected.str());
}

// The data rows a layer draws, after the spec's own filter.
std::vector<json> rows_where(const json& spec, const std::string& field, const std::string& value) {
    std::vector<json> out;
    for (const auto& row : spec["data"]["values"]) {
        if (row.value(field, "") == value) out.push_back(row);
    }
    return out;
}

}  // namespace

// Both drawings of a chart: NAME.vl.json (wide) and NAME-narrow.vl.json.
void check_golden(const std::string& name, const Chart& chart) {
    check_golden(name, chart.spec);
    check_golden(name + "-narrow", chart.narrow_spec);
}

TEST_CASE("every chart type's spec matches its golden copy", "[golden-charts]") {
    check_golden("trend", trend_chart(ind("charges"), theme_messages()));
    check_golden("trend-target", trend_chart(ind("charge-rate"), theme_messages(), {{}, 15.0}));
    check_golden("group-bars",
                 group_bar_chart(ind("charges"), breakdown("sex"), period("2024-25 Q2"), theme_messages()));
    auto three = periods({"2023-24 Q4", "2024-25 Q1", "2024-25 Q2"});
    check_golden("grouped", period_bar_chart(ind("right-to-review"), breakdown("review-outcome"), three,
                                             BarLayout::grouped, theme_messages()));
    check_golden("small-multiples",
                 period_bar_chart(ind("charges"), breakdown("relationship"), periods({"2024-25 Q1", "2024-25 Q2"}),
                                  BarLayout::grouped, theme_messages()));
    check_golden("stacked", period_bar_chart(ind("right-to-review"), breakdown("review-outcome"), three,
                                             BarLayout::stacked, theme_messages()));
    check_golden("survey",
                 survey_chart(ind("survey-rating"), breakdown("survey-theme"), period("2024-25 Q2"), theme_messages()));
    check_golden("status", status_chart(tracker(), theme_messages()));
}

TEST_CASE("a trend's title states the latest change and its subtitle the measure, unit and periods") {
    Chart c = trend_chart(ind("charges"), theme_messages());
    CHECK(c.title == "Charges rose by 8 on the previous quarter");
    CHECK(c.subtitle == "Number, each quarter, April to June 2023 to July to September 2024");
    CHECK(c.key == std::vector<std::string>{"Dashed line: the same quarter a year earlier"});
    // The page writes the title as text, where it wraps and is translated
    // with the page; the drawings leave it out.
    CHECK_FALSE(c.spec.contains("title"));
    CHECK_FALSE(c.narrow_spec.contains("title"));
    Chart rate = trend_chart(ind("charge-rate"), theme_messages(), {{}, 15.0});
    CHECK(rate.title ==
          "Charge rate rose by 2.0 percentage points on the previous quarter, 1.0 percentage point "
          "below the target");
}

TEST_CASE("a trend's summary says the change in words, with its gaps") {
    Chart c = trend_chart(ind("charges"), theme_messages());
    CHECK(c.summary ==
          "Charges rose from 40 in April to June 2023 to 52 in July to September 2024. The highest figure was 52 in "
          "July to September 2024 and the lowest 38 in July to September 2023. 1 value is not available ([x]). "
          "They are gaps in the chart, not zeros.");
    CHECK(c.spec["description"] == c.summary);
    CHECK(c.narrow_spec["description"] == c.summary);
}

TEST_CASE("a value not shown is a null with its symbol in the spec, never a zero") {
    Chart c = trend_chart(ind("charge-rate"), theme_messages());
    auto hidden = rows_where(c.spec, "period", "2023-24 Q3");
    REQUIRE(hidden.size() == 1);  // the figure itself; its year-earlier point is not in the data
    CHECK(hidden[0]["value"].is_null());
    CHECK(hidden[0]["symbol"] == "[c]");
    CHECK(hidden[0]["shown"] == "[c]");
    CHECK(c.hidden == 1);
    CHECK(c.notes.front() ==
          "1 value is not shown to protect the anonymity of the people involved ([c]). They are "
          "gaps in the chart, not zeros.");
}

TEST_CASE("provisional points are hollow and revised ones marked, with a note on each") {
    Chart c = trend_chart(ind("charges"), theme_messages());
    auto layers = c.spec["layer"].dump();
    CHECK(layers.find("\"test\":\"datum.status === 'provisional'\",\"value\":\"#FFFFFF\"") != std::string::npos);
    CHECK(layers.find("datum.status === 'revised'") != std::string::npos);
    CHECK(rows_where(c.spec, "period", "2024-25 Q2").front()["shown"] == "52 [p]");
    CHECK(rows_where(c.spec, "period", "2024-25 Q1").front()["shown"] == "44 [r]");
    CHECK(c.notes == std::vector<std::string>{"1 value is not available ([x]). They are gaps in the chart, not zeros.",
                                              "Hollow points are provisional figures [p], which may be revised.",
                                              "Points marked r are figures revised since first published [r]."});
}

TEST_CASE("bars by group speak only of the groups shown when some are hidden") {
    Chart c = group_bar_chart(ind("charges"), breakdown("sex"), period("2024-25 Q2"), theme_messages());
    CHECK(c.title == "Female had the highest figure of the groups shown (41) in July to September 2024");
    CHECK(c.summary ==
          "Charges by sex of the victim, July to September 2024. Female: 41 [p], Male: [c] and Not recorded: [c]. "
          "2 values are not shown to protect the anonymity of the people involved ([c]). They are gaps in the "
          "chart, not zeros.");
    CHECK(c.csv ==
          "indicator,indicator_title,period,period_label,breakdown,group,value,numerator,denominator,unit,status,"
          "note\r\n"
          "charges,Charges,2024-25 Q2,July to September 2024,sex,Female,41,,,count,p,\r\n"
          "charges,Charges,2024-25 Q2,July to September 2024,sex,Male,[c],,,count,p,\r\n"
          "charges,Charges,2024-25 Q2,July to September 2024,sex,Not recorded,[c],,,count,p,\r\n");
}

TEST_CASE("no chart uses more than four colours") {
    for (const auto& spec : {period_bar_chart(ind("charges"), breakdown("relationship"), periods({"2024-25 Q2"}),
                                              BarLayout::grouped, theme_messages())
                                 .spec,
                             period_bar_chart(ind("right-to-review"), breakdown("review-outcome"),
                                              periods({"2024-25 Q2"}), BarLayout::grouped, theme_messages())
                                 .spec}) {
        std::string text = spec.dump();
        int colours = 0;
        for (const char* c : {"#12436D", "#28A197", "#801650", "#F46A25", "#3D3D3D", "#A285D1"}) {
            colours += text.find(c) != std::string::npos;
        }
        CHECK(colours <= 4);
    }
    // Five groups are five panels in one colour, not five colours.
    auto many = period_bar_chart(ind("charges"), breakdown("relationship"), periods({"2024-25 Q2"}), BarLayout::grouped,
                                 theme_messages());
    CHECK(many.spec.contains("facet"));
    CHECK_THROWS_AS(period_bar_chart(ind("charges"), breakdown("relationship"), periods({"2024-25 Q2"}),
                                     BarLayout::stacked, theme_messages()),
                    std::invalid_argument);
}

TEST_CASE("a stacked bar shows the hidden figures together as a dashed box under the published total") {
    Chart c = period_bar_chart(ind("right-to-review"), breakdown("review-outcome"), periods({"2024-25 Q2"}),
                               BarLayout::stacked, theme_messages());
    auto boxes = rows_where(c.spec, "series", "hidden");
    REQUIRE(boxes.size() == 1);
    CHECK(boxes[0]["from"] == 23);  // the upheld decisions shown
    CHECK(boxes[0]["to"] == 33);    // the published total
    CHECK(rows_where(c.spec, "series", "total").front()["shown"] == "33");
}

TEST_CASE("the survey chart diverges at zero: good or very good to the right, the rest to the left") {
    Chart c = survey_chart(ind("survey-rating"), breakdown("survey-theme"), period("2024-25 Q2"), theme_messages());
    CHECK(c.title ==
          "Effectiveness was rated good or very good least often of the themes shown (50.0%) in July to "
          "September 2024");
    auto safety = rows_where(c.spec, "group", "Safety");
    REQUIRE(safety.size() == 2);
    CHECK(safety[0]["start"] == 0);
    CHECK(safety[0]["end"] == Approx(72.2).epsilon(0.001));
    CHECK(safety[1]["start"] == Approx(-27.8).epsilon(0.001));
    CHECK(safety[1]["shown"] == "27.8%");
    auto respect = rows_where(c.spec, "group", "Respect");
    REQUIRE(respect.size() == 1);  // hidden: no bars, only its symbol
    CHECK(respect[0]["side"] == "hidden");
    CHECK(respect[0]["shown"] == "[c]");
    CHECK(rows_where(c.spec, "group", "All themes").size() == 2);
}

TEST_CASE("a tracker's status chart counts items by status, in the order given") {
    Chart c = status_chart(tracker(), theme_messages());
    CHECK(c.title == "7 of 13 recommendations are complete");
    CHECK(c.subtitle == "Number of recommendations by status, September 2024");
    CHECK(c.summary == "13 recommendations by status, September 2024. Complete: 7, In progress: 4 and Not started: 2.");
    CHECK(c.spec["layer"][0]["encoding"].dump().size() > 0);
    CHECK(c.spec["encoding"]["y"]["sort"] == json::array({"Complete", "In progress", "Not started"}));
    CHECK(c.csv == "status,count\r\nComplete,7\r\nIn progress,4\r\nNot started,2\r\n");
    CHECK(status_chart({"empty", "actions", "", {}}, theme_messages()).title == "There are no actions to show");
    CHECK(status_chart({"one", "actions", "", {{"Complete", 1}}}, theme_messages()).title ==
          "1 of 1 actions is complete");
}

TEST_CASE("a status chart's words come from the theme's catalogue") {
    Messages m = testing::theme_messages_with(R"po(
msgid "chart.status.title"
msgid_plural "chart.status.title"
msgstr[0] "{status}: {count} of {total} {items}"
msgstr[1] "{status}: {count} of all {total} {items}"

msgid "chart.status.subtitle.as_of"
msgstr "{items} by status ({as_of})"

msgid "chart.list.and"
msgstr "{list} & {last}"

msgid "chart.status.head.status"
msgstr "Where it has got to"
)po");
    Chart c = status_chart(tracker(), m);
    CHECK(c.title == "complete: 7 of all 13 recommendations");
    CHECK(c.subtitle == "recommendations by status (September 2024)");
    CHECK(c.summary == "13 recommendations by status, September 2024. Complete: 7, In progress: 4 & Not started: 2.");
    CHECK(c.spec["layer"][0]["encoding"]["tooltip"][0]["title"] == "Where it has got to");
}

namespace {

// Every font size a spec sets, in its config and its marks.
void font_sizes(const json& node, std::vector<double>& out) {
    if (node.is_object()) {
        for (const auto& [key, value] : node.items()) {
            if (value.is_number() && key.find("FontSize") != std::string::npos) out.push_back(value);
            if (value.is_number() && key == "fontSize") out.push_back(value);
            font_sizes(value, out);
        }
    } else if (node.is_array()) {
        for (const auto& item : node) font_sizes(item, out);
    }
}

// The period labels an axis shows, in order.
std::vector<std::string> shown_labels(const json& axis, const std::vector<std::string>& all) {
    if (!axis.contains("values")) return all;
    return axis["values"].get<std::vector<std::string>>();
}

}  // namespace

TEST_CASE("no text in either drawing is set under 13 px, so it is 12 px or more on any screen") {
    for (const Chart& c : testing::every_chart_type()) {
        for (const json* spec : {&c.spec, &c.narrow_spec}) {
            std::vector<double> sizes;
            font_sizes(*spec, sizes);
            INFO(c.slug);
            REQUIRE_FALSE(sizes.empty());
            CHECK(*std::min_element(sizes.begin(), sizes.end()) >= 13);
        }
    }
}

TEST_CASE("the narrow drawing is laid out for a phone: no wider than its column, legends stacked") {
    for (const Chart& c : testing::every_chart_type()) {
        INFO(c.slug);
        const json& n = c.narrow_spec;
        if (n.contains("facet")) {
            CHECK(n["spec"]["width"].get<int>() <= 150);  // the panels, beside labels of about 90 px
        } else {
            CHECK(n["width"].get<int>() <= chart_style::narrow.width);
        }
        CHECK(n["config"]["legend"]["direction"] == "vertical");
        CHECK(c.spec["config"]["legend"]["direction"] == "horizontal");
    }
    // On a phone, bars for several periods lie across, periods down the side.
    Chart grouped =
        period_bar_chart(ind("right-to-review"), breakdown("review-outcome"),
                         periods({"2023-24 Q4", "2024-25 Q1", "2024-25 Q2"}), BarLayout::grouped, theme_messages());
    CHECK(grouped.narrow_spec["encoding"]["y"]["field"] == "label");
    CHECK(grouped.spec["encoding"]["x"]["field"] == "label");
}

TEST_CASE("period labels never crowd an axis: some are left out, counting back from the latest") {
    std::vector<std::string> all;
    for (int year = 2019; year < 2024; ++year) {
        for (const char* q : {"Apr to Jun", "Jul to Sep", "Oct to Dec"}) all.push_back(fmt::format("{} {}", q, year));
        all.push_back(fmt::format("Jan to Mar {}", year + 1));
    }
    for (int n : {4, 8, 12, 20}) {
        std::vector<std::string> labels(all.end() - n, all.end());
        for (const chart_style::Layout* l : {&chart_style::wide, &chart_style::narrow}) {
            double plot = l->width - 120;
            json axis = chart_style::period_axis(labels, true, *l, plot);
            auto shown = shown_labels(axis, labels);
            INFO(n << " periods, " << l->name);
            REQUIRE_FALSE(shown.empty());
            CHECK(shown.back() == labels.back());
            // Shown labels are evenly spaced, each with the room a label needs.
            auto at = [&](const std::string& label) {
                return std::find(labels.begin(), labels.end(), label) - labels.begin();
            };
            for (std::size_t i = 1; i < shown.size(); ++i) {
                double apart = (at(shown[i]) - at(shown[i - 1])) * plot / n;
                CHECK(apart >= l->period_label_px);
            }
        }
    }
    // Four quarters fit a wide chart whole.
    std::vector<std::string> four(all.end() - 4, all.end());
    CHECK_FALSE(chart_style::period_axis(four, true, chart_style::wide, 520).contains("values"));
}

TEST_CASE("survey figures outside a short segment stay inside the drawing, clear of the theme names") {
    Chart c = survey_chart(ind("survey-rating"), breakdown("survey-theme"), period("2024-25 Q2"), theme_messages());
    for (const auto& [spec, layout] :
         {std::pair{c.spec, chart_style::wide}, std::pair{c.narrow_spec, chart_style::narrow}}) {
        INFO(layout.name);
        const json& domain = spec["layer"][0]["encoding"]["x"]["scale"]["domain"];
        double from = domain[0], to = domain[1];
        double px_per_point = spec["width"].get<double>() / (to - from);
        int outside = 0;
        for (const auto& row : spec["data"]["values"]) {
            if (row["side"] == "hidden") continue;
            double text = chart_style::text_px(row["shown"], layout.label_size, true) + 4;
            double share = row["end"].get<double>() - row["start"].get<double>();
            if (row["inside"]) {
                CHECK(share * px_per_point >= text);
                continue;
            }
            ++outside;
            if (row["start"] == 0)
                CHECK(row["end"].get<double>() + text / px_per_point <= to);
            else
                CHECK(row["start"].get<double>() - text / px_per_point >= from);
        }
        // A phone's plot is too narrow to hold every figure inside its segment.
        if (layout.narrow()) CHECK(outside > 0);
    }
}
