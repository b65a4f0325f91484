// An indicator that is not about people at risk (accredited investigators,
// an audit sample of files) may have its own disclosure rule in the
// catalogue, with a required reason: its figures follow it, the other
// indicators keep the site's rules, and the disclosure report lists it.
#include <catch2/catch.hpp>

#include "support/kpi_site.hpp"

using namespace candour::testing;

namespace {

const std::string accredited =
    "  - id: accredited\n"
    "    title: Accredited investigators\n"
    "    definition: Investigators holding the specialist accreditation.\n"
    "    unit: count\n"
    "    polarity: higher_is_better\n"
    "    aim: aim-1\n";

Files site_with_rule(const std::string& rule, const std::string& extra = "") {
    Files site = kpi_site();
    site["data/kpi/catalogue.yaml"] += accredited + rule + extra;
    site["data/kpi/figures.csv"] += "accredited,2024-25 Q1,,,3,,\naccredited,2024-25 Q2,,,6,,\n";
    return site;
}

const std::string staff_rule =
    "    disclosure:\n"
    "      min_count: 0\n"
    "      reason: Counts of staff, not of victims or suspects.\n";

}  // namespace

TEST_CASE("an indicator with its own rule (min_count: 0) shows a 3 while other indicators still hide theirs") {
    TempDir dir;
    write_files(dir / "src", site_with_rule(staff_rule));
    auto r = run_candour({"build", "--source", dir / "src", "--output", dir / "site"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(warning_lines(r.err).empty());
    Files out = read_tree(dir / "site");
    CHECK(out["indicators/accredited/accredited.csv"].find("accredited,Accredited investigators,2024-25 Q1,April to "
                                                           "June 2024,,,3,") != std::string::npos);
    CHECK(out["indicators/charges/charges.csv"].find("2024-25 Q2,July to September 2024,sex,Male,[c]") !=
          std::string::npos);
    // The rule and its reason are in the disclosure report.
    Files report = read_tree(dir / "src/reports");
    CHECK(report["disclosure-report.md"].find("## Indicators with their own rule") != std::string::npos);
    CHECK(report["disclosure-report.md"].find("| accredited | every count shown; percentages, medians and scores "
                                              "with a base below 10 shown as [c] | Counts of staff, not of victims "
                                              "or suspects. |") != std::string::npos);
}

TEST_CASE("an indicator's own rule without a reason, or with an unknown key, is a located error") {
    TempDir dir;
    write_files(dir / "src", site_with_rule("    disclosure:\n      min_count: 0\n      min_bsae: 0\n"));
    auto r = run_candour({"check", "--source", dir / "src"});
    CHECK(r.exit_code == 1);
    CHECK(error_lines(r.err) ==
          std::vector<std::string>{"data/kpi/catalogue.yaml:29:7: error: an indicator's own disclosure rule needs a "
                                   "'reason'",
                                   "data/kpi/catalogue.yaml:30:7: error: unknown disclosure rule key 'min_bsae'"});
    CHECK(r.err.find("hint: did you mean 'min_base'?") != std::string::npos);
}

TEST_CASE("an indicator with its own rule may not add up with another") {
    TempDir dir;
    Files site = site_with_rule(staff_rule);
    // charges = accredited + others: accredited's small figures would give others' hidden ones away.
    site["data/kpi/catalogue.yaml"] +=
        "  - id: others\n    title: Others\n    definition: D.\n    unit: count\n"
        "    polarity: neutral\n    aim: aim-1\n    parts: [accredited]\n";
    write_files(dir / "src", site);
    auto r = run_candour({"check", "--source", dir / "src"});
    CHECK(r.exit_code == 1);
    CHECK(error_lines(r.err) ==
          std::vector<std::string>{"data/kpi/catalogue.yaml:29:7: error: 'accredited' has its own disclosure rule "
                                   "but is joined to others by 'parts', 'numerator', 'denominator' or "
                                   "'year_to_date'"});
}
