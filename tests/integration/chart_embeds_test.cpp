// ```chart blocks in narrative: the chart arrives as an inline SVG image with
// its text alternative, summary, data table and downloads; a wrong field is
// a located error, like a broken link.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "support/chart_site.hpp"

using namespace candour::testing;

namespace {

struct Built {
    RunResult run;
    Files out;
};

Built build(const Files& site) {
    TempDir dir;
    write_files(dir / "src", site);
    Built b{run_candour({"build", "--source", dir / "src", "--output", dir / "out"}), {}};
    b.out = read_tree(dir / "out");
    return b;
}

std::string report(const std::string& body) {
    Built b = build(chart_site(body));
    INFO(b.run.err);
    REQUIRE(b.run.exit_code == 0);
    return b.out["reports/r/index.html"];
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// The first line of each diagnostic in a failed build.
std::vector<std::string> errors_of(const Files& site) {
    Built b = build(site);
    CHECK(b.run.exit_code == 1);
    std::vector<std::string> out;
    for (const auto& line : lines_of(b.run.err)) {
        if (line.rfind("content/", 0) == 0 || line.rfind("site.yaml", 0) == 0) out.push_back(line);
    }
    return out;
}

}  // namespace

TEST_CASE("a chart block places an inline SVG image with its title, description, summary, table and downloads") {
    Built b = build(chart_site("Text.\n\n```chart\nindicator: charges\ntype: bars\nbreakdown: sex\n```\n"));
    REQUIRE(b.run.exit_code == 0);
    std::string page = b.out["reports/r/index.html"];
    const std::string id = "chart-charges-sex-2024-25-q2";
    CHECK(has(page, "<div class=\"chart\" id=\"" + id + "\" data-chart-spec=\"charges-sex-2024-25-q2.vl.json\">"));
    CHECK(has(page, "role=\"img\" aria-labelledby=\"" + id + "-title\" aria-describedby=\"" + id + "-desc\">"));
    CHECK(has(page, "<title id=\"" + id +
                        "-title\">Female had the highest figure of the groups shown (41) in July to September "
                        "2024</title>"));
    CHECK(
        has(page, "<desc id=\"" + id + "-desc\">Number by sex of the victim, July to September 2024. Charges by sex"));
    CHECK(has(page,
              "<p class=\"chart__summary\">Charges by sex of the victim, July to September 2024. Female: 41 [p], "
              "Male: [c] and Not recorded: [c]."));
    // The message and the measure are text above the drawings, where they wrap.
    CHECK(has(page,
              "<p class=\"chart__title\">Female had the highest figure of the groups shown (41) in July to "
              "September 2024</p>\n<p class=\"chart__subtitle\">Number by sex of the victim, July to September "
              "2024</p>"));
    // Two drawings, one for phones and one for wider screens, with the same
    // text alternative and ids of their own; the CSS shows one.
    CHECK(has(page, "<div class=\"chart__image chart__image--wide\">\n<svg"));
    CHECK(has(page, "<div class=\"chart__image chart__image--narrow\">\n<svg"));
    CHECK(has(page,
              "role=\"img\" aria-labelledby=\"" + id + "-narrow-title\" aria-describedby=\"" + id + "-narrow-desc\">"));
    CHECK(has(page, "<title id=\"" + id +
                        "-narrow-title\">Female had the highest figure of the groups shown (41) in July to "
                        "September 2024</title>"));
    std::regex svg_width("<svg[^>]* width=\"([0-9.]+)\"[^>]*aria-labelledby=\"" + id + "(-narrow)?-title\"");
    std::vector<double> widths;
    for (std::sregex_iterator it(page.begin(), page.end(), svg_width), end; it != end; ++it)
        widths.push_back(std::stod((*it)[1]));
    REQUIRE(widths.size() == 2);
    CHECK(widths[0] > 400);   // wide
    CHECK(widths[1] <= 300);  // narrow: a 320 px phone's column, near enough not to shrink its text
    CHECK(has(page, "<summary>Show the data in this chart as a table</summary>"));
    CHECK(has(page,
              "<caption>Data in the chart: Charges by sex of the victim, July to September 2024 (number)</caption>"));
    CHECK(has(page, "<a href=\"charges-sex-2024-25-q2.csv\">CSV</a>"));
    // The downloads sit beside the page and hold what the chart shows: rows
    // of the indicator's own download, in its columns.
    auto chart_rows = lines_of(b.out["reports/r/charges-sex-2024-25-q2.csv"]);
    auto all_rows = lines_of(b.out["indicators/charges/charges.csv"]);
    REQUIRE(chart_rows.size() == 4);
    CHECK(chart_rows[0] == all_rows[0]);
    for (const auto& row : chart_rows) CHECK(std::find(all_rows.begin(), all_rows.end(), row) != all_rows.end());
    CHECK(chart_rows[2] == "charges,Charges,2024-25 Q2,July to September 2024,sex,Male,[c],,,count,p,\r");
    auto spec = nlohmann::json::parse(b.out["reports/r/charges-sex-2024-25-q2.vl.json"]);
    CHECK(spec["$schema"] == "https://vega.github.io/schema/vega-lite/v5.json");
    // The download stands on its own: the wide drawing with its title drawn in.
    CHECK(spec["title"]["text"][0] == "Female had the highest figure of the groups shown (41) in July to");
    CHECK(spec["title"]["subtitle"][0] == "Number by sex of the victim, July to September 2024");
    // A page with a chart explains the symbols in it.
    CHECK(has(page, "Symbols used in tables"));
}

TEST_CASE("every id on a page with charts is unique, even with the same chart twice") {
    std::string block = "```chart\nindicator: charges\n```\n\n";
    std::string page = report(block + block);
    CHECK(has(page, "id=\"chart-charges-trend\""));
    CHECK(has(page, "id=\"chart-charges-trend-2\""));
    std::regex id_attr(" id=\"([^\"]+)\"");
    std::multiset<std::string> ids;
    for (std::sregex_iterator it(page.begin(), page.end(), id_attr), end; it != end; ++it) ids.insert((*it)[1]);
    for (const auto& id : ids) {
        INFO(id);
        CHECK(ids.count(id) == 1);
    }
    CHECK(ids.count("chart-charges-trend-2-title") == 1);
    CHECK(ids.count("chart-charges-trend-2-desc") == 1);
    CHECK(ids.count("chart-charges-trend-2-narrow-title") == 1);
}

TEST_CASE("chart SVGs carry no style attribute, which the page's Content-Security-Policy would block") {
    std::string page = report(
        "```chart\nindicator: right-to-review\ntype: stacked\nbreakdown: review-outcome\nperiods: last 3\n```\n\n"
        "```chart\nindicator: survey-rating\ntype: survey\nbreakdown: survey-theme\n```\n");
    CHECK(std::regex_search(page, std::regex("<svg[^>]*role=\"img\"")));
    CHECK_FALSE(has(page, " style="));
    CHECK_FALSE(has(page, "<style"));
}

TEST_CASE("each wrong field of a chart block is a located error, all reported in one run") {
    std::string body =
        "```chart\nindicator: charge\n```\n\n"                                           // 4-6
        "```chart\nindicator: charges\ntype: pie\n```\n\n"                               // 8-11
        "```chart\nindicator: charges\ncolour: red\n```\n\n"                             // 13-16
        "```chart\nindicator: charges\ntype: bars\n```\n\n"                              // 18-21
        "```chart\nindicator: charges\ntype: stacked\nbreakdown: relationship\n```\n\n"  // 23-27
        "```chart\nindicator: charge-rate\ntype: stacked\n```\n\n"                       // 29-32
        "```chart\nindicator: charges\ntype: survey\nbreakdown: sex\n```\n\n"            // 34-38
        "```chart\nindicator: charges\ntarget: high\n```\n\n"                            // 40-43
        "```chart\nindicator: charges\nbreakdown: sex\nperiods: last 2\n```\n\n"         // 45-49
        "```chart\nindicator: charges\ntype: trend\nbreakdown: sex\n```\n\n"             // 51-55
        "```chart\nindicator: charges\ntype: bars\nbreakdown: sx\n```\n";                // 57-61
    CHECK(errors_of(chart_site(body)) ==
          std::vector<std::string>{
              "content/reports/r.md:5:12: error: unknown indicator 'charge'",
              "content/reports/r.md:10:7: error: unknown chart type 'pie'",
              "content/reports/r.md:15:1: error: unknown chart block key 'colour'",
              "content/reports/r.md:20:7: error: a bars chart needs a breakdown",
              "content/reports/r.md:25:7: error: a stacked chart shows at most 4 groups, and 'relationship' has 5",
              "content/reports/r.md:31:7: error: a stacked chart adds its groups up, so it needs a count, and "
              "'charge-rate' is a percentage",
              "content/reports/r.md:36:7: error: a survey chart shows percentages, and 'charges' is a count",
              "content/reports/r.md:42:9: error: target 'high' is not a number",
              "content/reports/r.md:48:10: error: a bars chart shows one period",
              "content/reports/r.md:54:12: error: a trend chart shows the overall figure, not a breakdown",
              "content/reports/r.md:60:12: error: indicator 'charges' has no breakdown 'sx'"});
}

TEST_CASE("site.yaml's charts settings are checked like every other setting") {
    Files site = chart_site();
    site["site.yaml"] += "charts:\n  interactive: yes\n  tooltips: true\n";
    CHECK(errors_of(site) ==
          std::vector<std::string>{"site.yaml:8:16: error: 'interactive' must be true or false, not 'yes'",
                                   "site.yaml:9:3: error: unknown charts key 'tooltips'"});
}

TEST_CASE("interactive charts add self-hosted scripts to pages with charts only") {
    Files site = chart_site("```chart\nindicator: charges\n```\n");
    site["site.yaml"] += "charts:\n  interactive: true\n";
    Built b = build(site);
    REQUIRE(b.run.exit_code == 0);
    for (const char* js : {"vega.min.js", "vega-lite.min.js", "vega-embed.min.js", "charts.js"}) {
        INFO(js);
        CHECK(b.out[std::string("assets/js/") + js].size() > 100);
    }
    std::string page = b.out["reports/r/index.html"];
    CHECK(has(page,
              "<script src=\"../../assets/js/vega.min.js\" defer></script>\n"
              "<script src=\"../../assets/js/vega-lite.min.js\" defer></script>\n"
              "<script src=\"../../assets/js/vega-embed.min.js\" defer></script>\n"
              "<script src=\"../../assets/js/charts.js\" defer></script>"));
    CHECK(has(b.out["indicators/charges/index.html"], "assets/js/charts.js"));
    CHECK_FALSE(has(b.out["reports/q1/index.html"], "<script"));
    // The static chart is still there for readers without JavaScript.
    CHECK(has(page, "<svg"));
    // Off by default: no scripts at all.
    Built plain = build(chart_site("```chart\nindicator: charges\n```\n"));
    CHECK_FALSE(has(plain.out["reports/r/index.html"], "<script src"));
    CHECK_FALSE(plain.out.count("assets/js/charts.js"));
}

TEST_CASE("a chart block's own title and summary replace the generated ones everywhere the chart is named") {
    Built b = build(
        chart_site("Text.\n\n```chart\nindicator: charges\ntype: trend\ntitle: Charges have risen over the last year\n"
                   "summary: >-\n  Charges rose over the year to July to September 2024, with a gap where a figure\n"
                   "  is not available.\n```\n"));
    INFO(b.run.err);
    REQUIRE(b.run.exit_code == 0);
    const std::string page = b.out["reports/r/index.html"];
    CHECK(has(page, "<p class=\"chart__title\">Charges have risen over the last year</p>"));
    CHECK(has(page, "-title\">Charges have risen over the last year</title>"));
    CHECK(has(page,
              "<p class=\"chart__summary\">Charges rose over the year to July to September 2024, with a gap where a "
              "figure is not available.</p>"));
    // The text alternative: what is measured, then the editor's summary.
    CHECK(std::regex_search(page, std::regex("-desc\">[^<]*\\. Charges rose over the year to July to September 2024")));
    // The notes about hidden and provisional figures stay.
    CHECK(has(page, "<ul class=\"chart__notes\">"));
    // The downloaded specification carries the editor's title too.
    bool found = false;
    for (const auto& [path, bytes] : b.out) {
        if (path.rfind("reports/r/", 0) != 0 || path.size() < 8 || path.substr(path.size() - 8) != ".vl.json") continue;
        found = true;
        CHECK(has(bytes, "Charges have risen over the last year"));
    }
    CHECK(found);
}

TEST_CASE("an empty title or summary in a chart block is a located error") {
    auto errors = errors_of(chart_site("```chart\nindicator: charges\ntitle: \"\"\nsummary: \" \"\n```\n"));
    CHECK(errors == std::vector<std::string>{
                        "content/reports/r.md:6:8: error: 'title:' is empty",
                        "content/reports/r.md:7:10: error: 'summary:' is empty",
                    });
}
