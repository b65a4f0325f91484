// Each kind of broken KPI table or catalogue gives an exact, located error,
// exit code 1, and leaves the published site alone.
#include <catch2/catch.hpp>

#include "support/kpi_site.hpp"

using namespace candour::testing;

namespace {

struct BrokenKpi {
    const char* name;
    Files changes;
    std::vector<std::string> expected;  // first line of every diagnostic, in order
};

const char* header = "indicator,period,breakdown,group,value,numerator,denominator\n";

std::string csv(const std::string& rows) {
    return header + rows;
}

std::string catalogue_with(const std::string& indicator_yaml) {
    return "aims:\n  - id: aim-1\n    title: Aim 1\nindicators:\n" + indicator_yaml;
}

const std::vector<BrokenKpi>& cases() {
    static const std::vector<BrokenKpi> all = {
        {"unknown indicator",
         {{"data/kpi/figures.csv", csv("charges,2024-25 Q1,,,44,,\nchargs,2024-25 Q2,,,52,,\n")}},
         {"data/kpi/figures.csv:3:1: error: unknown indicator 'chargs'"}},
        {"unknown breakdown",
         {{"data/kpi/figures.csv", csv("charges,2024-25 Q2,,,52,,\ncharges,2024-25 Q2,ethnicity,White,40,,\n")}},
         {"data/kpi/figures.csv:3:20: error: indicator 'charges' has no breakdown 'ethnicity'"}},
        {"unknown group",
         {{"data/kpi/figures.csv", csv("charges,2024-25 Q2,,,52,,\ncharges,2024-25 Q2,sex,Femail,46,,\n")}},
         {"data/kpi/figures.csv:3:24: error: breakdown 'sex' has no group 'Femail'"}},
        {"bad period",
         {{"data/kpi/figures.csv", csv("charges,2024 Q2,,,52,,\n")}},
         {"data/kpi/figures.csv:2:9: error: '2024 Q2' is not a period"}},
        {"period of the wrong kind",
         {{"data/kpi/figures.csv", csv("charges,2024-07,,,52,,\n")}},
         {"data/kpi/figures.csv:2:9: error: '2024-07' is a month, but indicator 'charges' is reported by quarter"}},
        {"duplicate observation",
         {{"data/kpi/figures.csv", csv("charges,2024-25 Q2,,,52,,\ncharges,2024-25 Q2,,,53,,\n")}},
         {"data/kpi/figures.csv:3:1: error: duplicate observation: charges 2024-25 Q2 is also given at "
          "data/kpi/figures.csv:2"}},
        {"non-numeric value",
         {{"data/kpi/figures.csv", csv("charges,2024-25 Q2,,,fifty,,\n")}},
         {"data/kpi/figures.csv:2:22: error: value 'fifty' is not a number"}},
        {"numerator larger than denominator",
         {{"data/kpi/figures.csv", csv("charge-rate,2024-25 Q2,,,,371,52\n")}},
         {"data/kpi/figures.csv:2:27: error: the numerator (371) is larger than the denominator (52)"}},
        {"percentage without a denominator",
         {{"data/kpi/figures.csv", csv("charge-rate,2024-25 Q2,,,14,52,\n")}},
         {"data/kpi/figures.csv:2:32: error: 'charge-rate' is a percentage and needs both a numerator and a "
          "denominator"}},
        {"unit column contradicting the catalogue",
         {{"data/kpi/figures.csv", "indicator,period,value,unit\ncharges,2024-25 Q2,52,percentage\n"}},
         {"data/kpi/figures.csv:2:23: error: unit 'percentage' contradicts the catalogue, which says 'count' for "
          "'charges'"}},
        {"count that is not a whole number",
         {{"data/kpi/figures.csv", csv("charges,2024-25 Q2,,,52.5,,\n")}},
         {"data/kpi/figures.csv:2:22: error: 'charges' is a count, but 52.5 is not a whole number"}},
        {"negative figure",
         {{"data/kpi/figures.csv", csv("charges,2024-25 Q2,,,-3,,\n")}},
         {"data/kpi/figures.csv:2:22: error: value '-3' is negative"}},
        {"unknown column, with a suggestion",
         {{"data/kpi/figures.csv", "indicator,period,vaule\ncharges,2024-25 Q2,52\n"}},
         {"data/kpi/figures.csv:1:1: error: the table has neither a 'value' column nor 'numerator' and 'denominator'",
          "data/kpi/figures.csv:1:18: error: unknown column 'vaule'"}},
        {"missing period column",
         {{"data/kpi/figures.csv", "indicator,value\ncharges,52\n"}},
         {"data/kpi/figures.csv:1:1: error: the table has no 'period' column"}},
        {"row with too many cells",
         {{"data/kpi/figures.csv", "indicator,period,value\ncharges,2024-25 Q2,52,extra\n"}},
         {"data/kpi/figures.csv:2:23: error: this row has 4 cells but the first row names 3 columns"}},
        {"unterminated quote",
         {{"data/kpi/figures.csv", csv("charges,2024-25 Q2,,,52,,\ncharges,\"2024-25 Q1,,,44,,\n")}},
         {"data/kpi/figures.csv:3:1: error: malformed CSV: error parsing data while strict checking enabled"}},
        {"breakdown without a group",
         {{"data/kpi/figures.csv", csv("charges,2024-25 Q2,sex,,46,,\n")}},
         {"data/kpi/figures.csv:2:24: error: 'group' is empty but 'breakdown' is not"}},
        {"unknown status",
         {{"data/kpi/figures.csv", "indicator,period,value,status\ncharges,2024-25 Q2,52,final-ish\n"}},
         {"data/kpi/figures.csv:2:23: error: unknown status 'final-ish'"}},
        {"catalogue: unknown unit",
         {{"data/kpi/catalogue.yaml", catalogue_with("  - id: charges\n    title: C\n    definition: D\n    unit: "
                                                     "number\n    polarity: neutral\n    aim: aim-1\n")},
          {"data/kpi/figures.csv", csv("charges,2024-25 Q2,,,52,,\n")}},
         {"data/kpi/catalogue.yaml:8:11: error: unknown unit 'number'"}},
        {"catalogue: unknown aim",
         {{"data/kpi/catalogue.yaml", catalogue_with("  - id: charges\n    title: C\n    definition: D\n    unit: "
                                                     "count\n    polarity: neutral\n    aim: aim-4\n")},
          {"data/kpi/figures.csv", csv("charges,2024-25 Q2,,,52,,\n")}},
         {"data/kpi/catalogue.yaml:10:10: error: no aim called 'aim-4'"}},
        {"catalogue: misspelt key and bad polarity",
         {{"data/kpi/catalogue.yaml",
           catalogue_with(
               "  - id: charges\n    title: C\n    defintion: D\n    unit: count\n    polarity: up\n    aim: aim-1\n")},
          {"data/kpi/figures.csv", csv("charges,2024-25 Q2,,,52,,\n")}},
         {"data/kpi/catalogue.yaml:5:5: error: missing 'definition'",
          "data/kpi/catalogue.yaml:7:5: error: unknown indicator key 'defintion'",
          "data/kpi/catalogue.yaml:9:15: error: unknown polarity 'up'"}},
        {"catalogue: YAML syntax",
         {{"data/kpi/catalogue.yaml", "aims:\n  - id: aim-1\n   title: bad indent\n"}},
         {"data/kpi/catalogue.yaml:3:4: error: YAML syntax: end of sequence not found"}},
        {"report period with no figures",
         {{"content/reports/q1.md", "---\ntitle: Q1 report\nperiod: 2023-24 Q1\n---\nText\n"}},
         {"content/reports/q1.md:3:9: error: there are no KPI figures for 2023-24 Q1"}},
        {"kpi block naming an unknown indicator",
         {{"content/reports/q1.md", "---\ntitle: Q1\n---\nText\n\n```kpi\nindicator: charge\nperiods: latest\n```\n"}},
         {"content/reports/q1.md:7:12: error: unknown indicator 'charge'"}},
        {"kpi block with a period that has no figures",
         {{"content/reports/q1.md", "---\ntitle: Q1\n---\n```kpi\nindicator: charges\nperiods: 2020-21 Q1\n```\n"}},
         {"content/reports/q1.md:6:10: error: no figures for period '2020-21 Q1'"}},
        {"inline figure naming an unknown indicator",
         {{"content/reports/q1.md", "---\ntitle: Q1\n---\nThe rate was `kpi chargerate latest`.\n"}},
         {"content/reports/q1.md:4:15: error: unknown indicator 'chargerate'"}},
    };
    return all;
}

}  // namespace

TEST_CASE("the KPI sample site builds") {
    TempDir dir;
    write_files(dir / "src", kpi_site());
    auto r = run_candour({"build", "--source", dir / "src", "--output", dir / "out"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    Files out = read_tree(dir / "out");
    CHECK(out.count("indicators/charges/index.html"));
    CHECK(out.count("indicators/index.html"));
    CHECK(out.count("indicators/charges/charges.csv"));
    CHECK(out.count("data/kpi-2024-25-q2.csv"));
}

TEST_CASE("every kind of broken KPI input is reported where it is") {
    for (const auto& c : cases()) {
        DYNAMIC_SECTION(c.name) {
            TempDir dir;
            write_files(dir / "good", kpi_site());
            REQUIRE(run_candour({"build", "--source", dir / "good", "--output", dir / "out"}).exit_code == 0);
            Files published = read_tree(dir / "out");
            Files broken = kpi_site();
            for (const auto& [path, bytes] : c.changes) broken[path] = bytes;
            write_files(dir / "bad", broken);
            auto r = run_candour({"build", "--source", dir / "bad", "--output", dir / "out"});
            CHECK(r.exit_code == 1);
            INFO(r.err);
            CHECK(starts_with_each(error_lines(r.err), c.expected));
            CHECK(read_tree(dir / "out") == published);
        }
    }
    CHECK(cases().size() >= 15);
}

TEST_CASE("a gap in a series is a warning, not an error") {
    TempDir dir;
    Files site = kpi_site();
    site["data/kpi/figures.csv"] = csv("charges,2024-25 Q1,,,44,,\ncharges,2024-25 Q3,,,52,,\n");
    write_files(dir / "src", site);
    auto r = run_candour({"check", "--source", dir / "src"});
    CHECK(r.exit_code == 0);
    CHECK(r.err.find("data/kpi/figures.csv:3:9: warning: gap in charges: no figure for July to September 2024 "
                     "(between 2024-25 Q1 and 2024-25 Q3)") != std::string::npos);
}
