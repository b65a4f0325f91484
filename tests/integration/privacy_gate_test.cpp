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
    CHECK(b.beside["src/reports/disclosure-report.md"].find(
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
    CHECK(b.run.err.find("content/reports/q1.md:9:8: error: possible phone number '0808 802 9999'") !=
          std::string::npos);
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
    site["site.yaml"] +=
        "contact:\n  email: rasso@opcc.example\n  phone: 01632 960 400\n"
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
    CHECK(b.run.err.find("data/kpi/figures.csv:3:37: error: possible date of birth 'dob 01/02/2003'") !=
          std::string::npos);
}

TEST_CASE("drafts are not published, so they are not checked") {
    Files site = kpi_site();
    site["content/reports/q3.md"] = "---\ntitle: Q3\ndraft: true\n---\nCall 07700 900123.\n";
    CHECK(build(site).run.exit_code == 0);
}

// ---- The gate reads what is published (issue 12) ----

TEST_CASE("an email written with an entity or a Markdown escape is caught where it is written") {
    Files site = kpi_site();
    site["content/reports/q1.md"] = "---\ntitle: Q1\n---\nWrite to jane&#64;example.com or jane\\@example.com.\n";
    auto b = build(site);
    CHECK(b.run.exit_code == 1);
    CHECK(error_lines(b.run.err) ==
          std::vector<std::string>{
              "content/reports/q1.md:4:10: error: possible email address 'jane&#64;example.com' in published text "
              "(published as 'jane@example.com')",
              "content/reports/q1.md:4:34: error: possible email address 'jane\\@example.com' in published text "
              "(published as 'jane@example.com')"});
    CHECK(b.run.err.find("hint: remove it.") != std::string::npos);
    CHECK(b.beside.count("site/index.html") == 0);  // nothing was published
}

TEST_CASE("a phone number split by emphasis or a comment is caught where it is written") {
    Files site = kpi_site();
    site["content/reports/q1.md"] = "---\ntitle: Q1\n---\nCall 077**00** 900123 or 07700<!-- x -->900123.\n";
    auto b = build(site);
    CHECK(b.run.exit_code == 1);
    CHECK(error_lines(b.run.err) ==
          std::vector<std::string>{
              "content/reports/q1.md:4:6: error: possible phone number '077**00** 900123' in published text "
              "(published as '07700 900123')",
              "content/reports/q1.md:4:26: error: possible phone number '07700<!-- x -->900123' in published text "
              "(published as '07700 900123')"});
}

TEST_CASE(
    "a YAML escape is caught in a summary, a finding, a tracker and a catalogue title, each where it is written") {
    Files site = kpi_site();
    site["content/reports/q1.md"] = "---\ntitle: Q1\nsummary: \"Write to jane\\x40example.com\"\n---\nText.\n";
    site["data/findings/round.yaml"] =
        "title: Round one\npublished: 2025-01-20\nfindings:\n  - theme: effectiveness\n"
        "    said: \"Victims were told to write to jane\\x40example.com.\"\n    did: Officers now call.\n"
        "    status: done\n    updated: 2024-11-30\n";
    site["site.yaml"] += "bodies: [Chief constables]\n";
    site["data/trackers/phase-1.yaml"] =
        "title: Phase 1\ninspectorate: HMICFRS\npublished: 2021-07-16\nresponse_published: 2021-09-08\n"
        "responding_for: [Chief constables]\nrecommendations:\n  - number: 1\n"
        "    text: \"Reply to jane\\u0040example.com\"\n    addressed_to: [Chief constables]\n"
        "    response: Agreed.\n    status: not started\n";
    std::string& catalogue = site["data/kpi/catalogue.yaml"];
    catalogue.replace(catalogue.find("title: Charges"), 14, "title: \"Charges (jane\\x40example.com)\"");
    auto b = build(site);
    CHECK(b.run.exit_code == 1);
    const std::string published = " in published text (published as 'jane@example.com')";
    CHECK(error_lines(b.run.err) ==
          std::vector<std::string>{
              "content/reports/q1.md:3:20: error: possible email address 'jane\\x40example.com'" + published,
              "data/findings/round.yaml:5:42: error: possible email address 'jane\\x40example.com'" + published,
              "data/kpi/catalogue.yaml:10:22: error: possible email address 'jane\\x40example.com'" + published,
              "data/trackers/phase-1.yaml:8:21: error: possible email address 'jane\\u0040example.com'" + published});
}

TEST_CASE("the documented terms list works: never flagged in its own definition, caught across markup and case") {
    Files site = kpi_site();
    site["site.yaml"] += "privacy:\n  terms: [Operation Nightjar]\n";
    CHECK(build(site).run.exit_code == 0);
    site["content/reports/q1.md"] = "---\ntitle: Q1\n---\nThe OPERATION *Nightjar* team.\n";
    auto b = build(site);
    CHECK(error_lines(b.run.err) ==
          std::vector<std::string>{"content/reports/q1.md:4:5: error: possible listed name or term 'OPERATION "
                                   "*Nightjar' in published text (published as 'operation nightjar')"});
}

TEST_CASE("a name in a KPI group label is caught in the table and the catalogue") {
    Files site = kpi_site();
    std::string& catalogue = site["data/kpi/catalogue.yaml"];
    catalogue.replace(catalogue.find("[Female, Male]"), 14, "[Female, Mrs Example]");
    std::string& csv = site["data/kpi/figures.csv"];
    csv.replace(csv.find("sex,Male"), 8, "sex,Mrs Example");
    auto b = build(site);
    CHECK(error_lines(b.run.err) ==
          std::vector<std::string>{
              "data/kpi/catalogue.yaml:7:22: error: possible person's name 'Mrs Example' in published text",
              "data/kpi/figures.csv:5:24: error: possible person's name 'Mrs Example' in published text"});
}

TEST_CASE("the theme is published too: a detail in a partial or a stylesheet names that file") {
    Files site = kpi_site();
    site["templates/overrides/partials/footer.mustache"] =
        "<footer class=\"site-footer\">\n<p>Out of hours: 07700 900456</p>\n</footer>\n";
    site["templates/overrides/assets/css/extra.css"] =
        "/* Colours chosen by jane@example.org */\nbody { margin: 0; }\n";
    auto b = build(site);
    CHECK(error_lines(b.run.err) ==
          std::vector<std::string>{
              "templates/overrides/assets/css/extra.css:1:22: error: possible email address 'jane@example.org' in "
              "published text",
              "templates/overrides/partials/footer.mustache:2:18: error: possible phone number '07700 900456' in "
              "published text"});
    CHECK(b.run.err.find("hint: remove it from the theme") != std::string::npos);
}

TEST_CASE("a detail in a file name is caught: it becomes a web address and a sitemap entry") {
    Files site = kpi_site();
    site["content/reports/call-07700-900123.md"] = "---\ntitle: Calls\n---\nText.\n";
    auto b = build(site);
    CHECK(error_lines(b.run.err) ==
          std::vector<std::string>{"content/reports/call-07700-900123.md:1:1: error: possible phone number "
                                   "'07700-900123' in the file name 'content/reports/call-07700-900123.md', which is "
                                   "published as part of a web address"});
    CHECK(b.run.err.find("hint: rename the file") != std::string::npos);
}

TEST_CASE("the organisation's own address passes, a neighbour's does not") {
    Files site = kpi_site();
    site["site.yaml"] += "contact:\n  address: \"Test OPCC, 1 Civic Way, Testham\"\n";
    site["content/reports/q1.md"] = "---\ntitle: Q1\n---\nVisit us at 1 Civic Way.\n";
    CHECK(build(site).run.exit_code == 0);
    site["content/reports/q1.md"] = "---\ntitle: Q1\n---\nShe lives at 21 Civic Way.\n";
    CHECK(error_lines(build(site).run.err) ==
          std::vector<std::string>{
              "content/reports/q1.md:4:14: error: possible street address '21 Civic Way' in published text"});
}

TEST_CASE("a legitimate published name, such as the Commissioner's, passes once allowed") {
    Files site = kpi_site();
    site["content/_index.md"] = "---\ntitle: Home\n---\nA foreword from Dr Jane Example, Commissioner.\n";
    auto b = build(site);
    CHECK(error_lines(b.run.err) ==
          std::vector<std::string>{
              "content/_index.md:4:17: error: possible person's name 'Dr Jane Example' in published text"});
    site["site.yaml"] += "privacy:\n  allow: [Dr Jane Example]\n";
    CHECK(build(site).run.exit_code == 0);
}
