// Figures placed in narrative come from the published data, in the same
// form as everywhere else, and never show a hidden value.
#include <catch2/catch.hpp>

#include "support/kpi_site.hpp"

using namespace candour::testing;

namespace {

std::string build_page(const std::string& body) {
    TempDir dir;
    Files site = kpi_site();
    site["content/reports/q1.md"] = "---\ntitle: Q1 report\nperiod: 2024-25 Q2\n---\n" + body;
    write_files(dir / "src", site);
    auto r = run_candour({"build", "--source", dir / "src", "--output", dir / "out"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return read_tree(dir / "out")["reports/q1/index.html"];
}

}  // namespace

TEST_CASE("an inline kpi span becomes the formatted, published figure") {
    std::string page = build_page("Charges rose to `kpi charges 2024-25 Q2`; the rate was `kpi charge-rate latest`.\n");
    CHECK(page.find("Charges rose to <span class=\"kpi-figure\" data-kpi=\"charges/2024-25 Q2///value\">52</span>;") !=
          std::string::npos);
    CHECK(page.find("data-kpi=\"charge-rate/2024-25 Q2///value\">14.0%</span>.") != std::string::npos);
    // A page with figures explains the symbols.
    CHECK(page.find("Symbols used in tables") != std::string::npos);
}

TEST_CASE("an inline figure for a hidden group shows [c], never the number") {
    std::string page = build_page("Male victims: `kpi charges 2024-25 Q2 sex=Male`.\n");
    CHECK(page.find("data-kpi=\"charges/2024-25 Q2/sex/Male/value\">[c]</span>") != std::string::npos);
    CHECK(page.find(">4<") == std::string::npos);
    CHECK(page.find(">48<") == std::string::npos);
}

TEST_CASE("a kpi block places a breakdown table with caption and headers") {
    std::string page = build_page("```kpi\nindicator: charges\nbreakdown: sex\nperiods: latest\n```\n");
    CHECK(page.find("<caption>Charges by sex of the victim, July to September 2024 (number)</caption>") !=
          std::string::npos);
    CHECK(page.find("<th scope=\"row\">Female</th><td class=\"align-right\" data-kpi=\"charges/2024-25 "
                    "Q2/sex/Female/value\">[c]</td>") !=
          std::string::npos);  // 48 would reveal the hidden 4 from the total of 52
    CHECK(
        page.find(
            "<th scope=\"row\">Total</th><td class=\"align-right\" data-kpi=\"charges/2024-25 Q2///value\">52</td>") !=
        std::string::npos);
}

TEST_CASE("a kpi headline block gives the figure and its change in words") {
    std::string page = build_page("```kpi\nindicator: charges\nshow: headline\n```\n");
    CHECK(page.find(
              "Compared with April to June 2024: up 8 (18.2%) <strong class=\"tag tag--improved\">improved</strong>") !=
          std::string::npos);
}

TEST_CASE("a report page with a period shows every indicator's headline figure and release downloads") {
    std::string page = build_page("Text.\n");
    CHECK(page.find("<h2 id=\"headline-figures\">Headline figures for July to September 2024</h2>") !=
          std::string::npos);
    CHECK(page.find("<a href=\"../../indicators/charge-rate/\">Charge rate</a>") != std::string::npos);
    CHECK(page.find("href=\"../../data/kpi-2024-25-q2.csv\"") != std::string::npos);
}

TEST_CASE("ordinary code spans and code blocks are left alone") {
    std::string page = build_page("Run `candour build`.\n\n```yaml\nindicator: charges\n```\n");
    CHECK(page.find("<code>candour build</code>") != std::string::npos);
    CHECK(page.find("indicator: charges") != std::string::npos);
}

// cmark-gfm's table cells take only its own inline kinds, so a figure there
// goes in as text and is swapped for its markup after rendering.
TEST_CASE("a kpi span in a Markdown table cell shows its figure") {
    std::string page = build_page(
        "| Measure | Figure |\n|---|--:|\n| Charges | `kpi charges 2024-25 Q2` |\n| Male | `kpi charges 2024-25 Q2 "
        "sex=Male` |\n");
    CHECK(page.find("<td class=\"align-right\"><span class=\"kpi-figure\" data-kpi=\"charges/2024-25 "
                    "Q2///value\">52</span></td>") != std::string::npos);
    CHECK(page.find("data-kpi=\"charges/2024-25 Q2/sex/Male/value\">[c]</span></td>") != std::string::npos);
    CHECK(page.find("candour-figure-") == std::string::npos);
}

TEST_CASE("text that looks like candour's own table-cell placeholder stays as written") {
    std::string page = build_page("| A |\n|---|\n| candour-figure-0-0. and `kpi charges 2024-25 Q2` |\n");
    CHECK(page.find("candour-figure-0-0. and <span class=\"kpi-figure\"") != std::string::npos);
}
