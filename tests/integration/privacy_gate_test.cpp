// The privacy gate stops a build at the exact place of an identifying
// detail, lets the organisation's own contacts through, and accepts an
// editor's approval of one exact occurrence, listed in the report.
#include <catch2/catch.hpp>

#include "support/kpi_site.hpp"

using namespace candour::testing;

namespace {

struct Built {
    candour::testing::RunResult run;
    Files beside;
};

Built build(Files site) {
    TempDir dir;
    write_files(dir / "src", site);
    Built b{run_candour({"build", "--source", dir / "src", "--output", dir / "site"}), {}};
    b.beside = read_tree(dir.path());
    return b;
}

}  // namespace

TEST_CASE("a phone number in a page stops the build at its line and column") {
    Files site = kpi_site();
    site["content/reports/q1.md"] = "---\ntitle: Q1\n---\nThe officer's mobile, 07700 900123, was given out.\n";
    auto b = build(site);
    CHECK(b.run.exit_code == 1);
    CHECK(b.run.err.find("content/reports/q1.md:4:23: error: possible phone number '07700 900123' in published text") !=
          std::string::npos);
    CHECK(b.run.err.find("privacy_approvals") != std::string::npos);  // the hint says how to approve
}

TEST_CASE("front matter is published text too") {
    Files site = kpi_site();
    site["content/reports/q1.md"] = "---\ntitle: Q1\nsummary: \"Case NI AB123456C\"\n---\nText\n";
    auto b = build(site);
    CHECK(b.run.err.find("content/reports/q1.md:3:19: error: possible National Insurance number 'AB123456C'") !=
          std::string::npos);
}

TEST_CASE("an approval lets one exact occurrence through and is listed in the report") {
    Files site = kpi_site();
    site["content/reports/q1.md"] =
        "---\ntitle: Q1\nprivacy_approvals:\n  - text: \"0808 802 9999\"\n    reason: National helpline, public\n---\n"
        "Call the helpline on 0808 802 9999.\n";
    auto b = build(site);
    REQUIRE(b.run.exit_code == 0);
    CHECK(b.run.out.find("1 privacy approval") != std::string::npos);
    CHECK(b.beside["site-disclosure-report.md"].find(
              "- content/reports/q1.md:7:22: phone number '0808 802 9999' approved: National helpline, public") !=
          std::string::npos);
}

TEST_CASE("one approval covers one occurrence, not two") {
    Files site = kpi_site();
    site["content/reports/q1.md"] =
        "---\ntitle: Q1\nprivacy_approvals:\n  - text: \"0808 802 9999\"\n    reason: National helpline\n---\n"
        "Call 0808 802 9999.\n\nAgain: 0808 802 9999.\n";
    auto b = build(site);
    CHECK(b.run.exit_code == 1);
    CHECK(b.run.err.find("content/reports/q1.md:9:8: error: possible phone number '0808 802 9999'") != std::string::npos);
}

TEST_CASE("an approval that matches nothing is an error, so stale approvals don't pile up") {
    Files site = kpi_site();
    site["content/reports/q1.md"] =
        "---\ntitle: Q1\nprivacy_approvals:\n  - text: \"0808 802 9999\"\n    reason: helpline\n---\nNo number here.\n";
    auto b = build(site);
    CHECK(b.run.exit_code == 1);
    CHECK(b.run.err.find("content/reports/q1.md:4:5: error: the approval of '0808 802 9999' matches nothing") !=
          std::string::npos);
}

TEST_CASE("the organisation's own contacts and allowed text pass everywhere") {
    Files site = kpi_site();
    site["site.yaml"] += "contact:\n  email: rasso@opcc.example\n  phone: 01632 960 400\n"
                         "privacy:\n  allow: [\"0300 123 4567\"]\n";
    site["content/reports/q1.md"] =
        "---\ntitle: Q1\n---\nEmail rasso@opcc.example, call 01632 960400 or the service on 0300 123 4567.\n";
    auto b = build(site);
    CHECK(b.run.exit_code == 0);
}

TEST_CASE("names and crime reference patterns come from site.yaml") {
    Files site = kpi_site();
    site["site.yaml"] += "privacy:\n  crime_reference_patterns: ['\\bNM\\d{2}/\\d{6}\\b']\n  terms: [Jane Example]\n";
    site["content/reports/q1.md"] = "---\ntitle: Q1\n---\nCase NM24/123456 involved jane example.\n";
    auto b = build(site);
    CHECK(b.run.err.find("content/reports/q1.md:4:6: error: possible crime reference number 'NM24/123456'") !=
          std::string::npos);
    CHECK(b.run.err.find("content/reports/q1.md:4:27: error: possible listed name or term 'jane example'") !=
          std::string::npos);
}

TEST_CASE("notes in KPI tables are checked where they are") {
    Files site = kpi_site();
    site["data/kpi/figures.csv"] =
        "indicator,period,value,note\ncharges,2024-25 Q1,44,\ncharges,2024-25 Q2,52,\"Revised, see dob 01/02/2003\"\n";
    auto b = build(site);
    CHECK(b.run.err.find("data/kpi/figures.csv:3:37: error: possible date of birth 'dob 01/02/2003'") != std::string::npos);
}

TEST_CASE("drafts are not published, so they are not checked") {
    Files site = kpi_site();
    site["content/reports/q3.md"] = "---\ntitle: Q3\ndraft: true\n---\nCall 07700 900123.\n";
    CHECK(build(site).run.exit_code == 0);
}
