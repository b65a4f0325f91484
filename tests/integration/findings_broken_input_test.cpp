// Each kind of broken findings, tracker, action-plan or survey file gives an
// exact, located error and exit code 1; the privacy gate covers their text.
#include <catch2/catch.hpp>
#include <cstdlib>

#include "support/kpi_site.hpp"

using namespace candour::testing;

namespace {

const std::string findings =
    "title: Round one\n"
    "published: 2025-01-20\n"
    "findings:\n"
    "  - theme: effectiveness\n"
    "    said: Several victims and survivors said they were not told about delays.\n"
    "    did: Officers now call every 28 days.\n"
    "    status: done\n"
    "    updated: 2024-11-30\n"
    "    indicators: [charges]\n";

const std::string tracker =
    "title: Phase 1\n"
    "inspectorate: HMICFRS\n"
    "published: 2021-07-16\n"
    "response_published: 2021-09-08\n"
    "responding_for: [Chief constables]\n"
    "recommendations:\n"
    "  - number: 1\n"
    "    text: Improve case building.\n"
    "    addressed_to: [Chief constables]\n"
    "    response: A joint plan was agreed.\n"
    "    status: in progress\n"
    "    history:\n"
    "      - {date: 2021-09-08, status: not started}\n"
    "      - {date: 2022-01-10, status: in progress}\n"
    "  - number: 2\n"
    "    text: Fund support for victims.\n"
    "    addressed_to: [Home Office]\n"
    "    status: not started\n";

const std::string plan =
    "title: Plan\n"
    "period: 2024-25 Q3\n"
    "sections:\n"
    "  - title: Supporting victims\n"
    "    actions:\n"
    "      - number: \"1.1\"\n"
    "        action: Call victims every 28 days\n"
    "        owner: Head of Public Protection\n"
    "        due: 2024-09-30\n"
    "        status: complete\n"
    "      - number: \"1.2\"\n"
    "        action: Rewrite the phone form\n"
    "        owner: Head of Digital Forensics\n"
    "        status: in progress\n";

Files site_with(const std::string& path, const std::string& from, const std::string& to) {
    Files site = kpi_site();
    site["data/findings/round.yaml"] = findings;
    site["data/trackers/phase-1.yaml"] = tracker;
    site["data/action-plans/plan.yaml"] = plan;
    std::string& text = site[path];
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return site;
}

struct Broken {
    const char* name;
    std::string path, from, to;
    std::vector<std::string> expected;  // every error line, in order
};

const std::string F = "data/findings/round.yaml";
const std::string T = "data/trackers/phase-1.yaml";
const std::string P = "data/action-plans/plan.yaml";

const std::vector<Broken>& cases() {
    static const std::vector<Broken> all = {
        {"unknown status", F, "status: done", "status: finished", {F + ":7:13: error: unknown status 'finished'"}},
        {"bad date",
         F,
         "2024-11-30",
         "2024-13-01",
         {F + ":8:14: error: 'updated' must be a date written YYYY-MM-DD, not '2024-13-01'"}},
        {"unknown key, with a suggestion",
         F,
         "    said:",
         "    sayd:",
         {F + ":4:5: error: missing 'said'", F + ":5:5: error: unknown finding key 'sayd'"}},
        {"missing required field",
         F,
         "    did: Officers now call every 28 days.\n",
         "",
         {F + ":4:5: error: missing 'did'"}},
        {"unknown theme",
         F,
         "theme: effectiveness",
         "theme: efectiveness",
         {F + ":4:12: error: unknown theme 'efectiveness'"}},
        {"unknown related indicator",
         F,
         "[charges]",
         "[chargez]",
         {F + ":9:18: error: no indicator called 'chargez' in the KPI catalogue"}},
        {"duplicate recommendation number",
         T,
         "  - number: 2",
         "  - number: 1",
         {T + ":15:13: error: recommendation 1 is listed twice (also at line 7)"}},
        {"status history out of order",
         T,
         "{date: 2022-01-10",
         "{date: 2021-01-10",
         {T + ":14:16: error: status history is out of order: 2021-01-10 comes after 2021-09-08"}},
        {"status that disagrees with its history",
         T,
         "    status: in progress\n",
         "    status: complete\n",
         {T +
          ":11:13: error: status 'complete' differs from the last entry of its history ('in progress' on 2022-01-10)"}},
        {"response dated before the report",
         T,
         "response_published: 2021-09-08",
         "response_published: 2021-06-01",
         {T + ":4:21: error: the response (2021-06-01) is dated before the report it answers (2021-07-16)"}},
        {"our recommendation without a response",
         T,
         "    response: A joint plan was agreed.\n",
         "",
         {T + ":7:5: error: missing 'response'"}},
        {"tracker status from the findings vocabulary",
         T,
         "    status: not started",
         "    status: planned",
         {T + ":18:13: error: unknown status 'planned'"}},
        {"action plan period that is not a quarter",
         P,
         "period: 2024-25 Q3",
         "period: 2024-25",
         {P + ":2:9: error: 'period' must be a quarter such as '2024-25 Q3', not '2024-25'"}},
        {"duplicate action number",
         P,
         "number: \"1.2\"",
         "number: \"1.1\"",
         {P + ":11:17: error: action 1.1 is listed twice (also at line 6)"}},
        {"bad due date",
         P,
         "due: 2024-09-30",
         "due: 30/09/2024",
         {P + ":9:14: error: 'due' must be a date written YYYY-MM-DD, not '30/09/2024'"}},
    };
    return all;
}

RunResult build(const Files& site, TempDir& dir) {
    write_files(dir / "src", site);
    return run_candour({"build", "--source", dir / "src", "--output", dir / "site"});
}

}  // namespace

TEST_CASE("valid findings, tracker and action-plan files build") {
    TempDir dir;
    auto r = build(site_with(F, "", ""), dir);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    Files out = read_tree(dir / "site");
    CHECK(out.count("findings/effectiveness/index.html"));
    CHECK(out.count("trackers/phase-1/recommendation-2/index.html"));
    CHECK(out.count("action-plans/plan/index.html"));
}

TEST_CASE("each kind of broken findings, tracker or action-plan file is a located error") {
    for (const auto& c : cases()) {
        SECTION(c.name) {
            TempDir dir;
            auto r = build(site_with(c.path, c.from, c.to), dir);
            INFO(r.err);
            CHECK(r.exit_code == 1);
            CHECK(error_lines(r.err) == c.expected);
            CHECK(!read_tree(dir.path()).count("site/index.html"));
        }
    }
}

TEST_CASE("errors in these files suggest what was meant") {
    TempDir dir;
    auto r = build(site_with(F, "status: done", "status: dne"), dir);
    CHECK(r.err.find("hint: did you mean 'done'?") != std::string::npos);
    TempDir dir2;
    auto r2 = build(site_with(F, "    said:", "    sayd:"), dir2);
    CHECK(r2.err.find("hint: did you mean 'said'?") != std::string::npos);
}

TEST_CASE("a broken survey table is a located error") {
    Files site = site_with(F, "", "");
    site["data/findings/survey.csv"] =
        "period,theme,rating,count\n2024-25 Q1,respect,good,9\n2024-25 Q1,respect,grate,9\n";
    TempDir dir;
    auto r = build(site, dir);
    CHECK(r.exit_code == 1);
    CHECK(error_lines(r.err) ==
          std::vector<std::string>{"data/findings/survey.csv:3:20: error: unknown rating 'grate'"});
}

TEST_CASE("a misspelt survey group or breakdown is a located error, with the declared name suggested") {
    Files site = site_with(F, "", "");
    site["data/findings/survey.yaml"] =
        "breakdowns:\n  - id: age\n    title: Age\n    groups: [18 to 24, 25 to 39, 40 and over]\n";
    site["data/findings/survey.csv"] =
        "period,theme,rating,count,breakdown,group\n"
        "2024-25 Q1,respect,good,9,,\n"
        "2024-25 Q1,respect,good,9,age,18 to 42\n"
        "2024-25 Q1,respect,good,0,aeg,25 to 39\n";
    TempDir dir;
    auto r = build(site, dir);
    CHECK(r.exit_code == 1);
    CHECK(error_lines(r.err) ==
          std::vector<std::string>{"data/findings/survey.csv:3:31: error: unknown group '18 to 42' of breakdown 'age'",
                                   "data/findings/survey.csv:4:27: error: unknown breakdown 'aeg'"});
    CHECK(r.err.find("hint: did you mean '18 to 24'?") != std::string::npos);
    CHECK(r.err.find("hint: did you mean 'age'?") != std::string::npos);
}

TEST_CASE("survey groups that do not add up to the overall ratings are a located error") {
    Files site = site_with(F, "", "");
    site["data/findings/survey.yaml"] =
        "breakdowns:\n  - id: age\n    title: Age\n    groups: [Under 40, 40 and over]\n";
    site["data/findings/survey.csv"] =
        "period,theme,rating,count,breakdown,group\n"
        "2024-25 Q1,respect,good,9,,\n"
        "2024-25 Q1,respect,good,6,age,Under 40\n"
        "2024-25 Q1,respect,good,2,age,40 and over\n";
    TempDir dir;
    auto r = build(site, dir);
    CHECK(r.exit_code == 1);
    CHECK(error_lines(r.err) ==
          std::vector<std::string>{"data/findings/survey.csv:3:1: error: the groups of breakdown 'age' do not add up "
                                   "to the overall ratings of respect for: 2024-25 Q1 good"});
}

TEST_CASE("a breakdown column with no declared breakdowns is a located error") {
    Files site = site_with(F, "", "");
    site["data/findings/survey.csv"] = "period,theme,rating,count,breakdown,group\n2024-25 Q1,respect,good,9,,\n";
    TempDir dir;
    auto r = build(site, dir);
    CHECK(r.exit_code == 1);
    CHECK(error_lines(r.err) ==
          std::vector<std::string>{"data/findings/survey.csv:1:27: error: the survey table has a 'breakdown' column, "
                                   "but no breakdowns are declared"});
}

TEST_CASE("a phone number in a finding stops the build at its line and column") {
    TempDir dir;
    auto r = build(site_with(F, "not told about delays.", "not told about delays, and rang 07700 900123."), dir);
    CHECK(r.exit_code == 1);
    CHECK(error_lines(r.err) ==
          std::vector<std::string>{F + ":5:88: error: possible phone number '07700 900123' in published text"});
}

TEST_CASE("an email address in a recommendation's response stops the build") {
    TempDir dir;
    auto r = build(site_with(T, "A joint plan was agreed.", "Write to jo.bloggs@example.org."), dir);
    CHECK(error_lines(r.err) ==
          std::vector<std::string>{T +
                                   ":10:24: error: possible email address 'jo.bloggs@example.org' in published text"});
}

TEST_CASE("a response not yet published says how many days remain, from the build date") {
    Files site = site_with(T, "response_published: 2021-09-08\n", "");
    auto page_at = [&](const char* epoch) {
        ::setenv("SOURCE_DATE_EPOCH", epoch, 1);
        TempDir dir;
        auto r = build(site, dir);
        ::unsetenv("SOURCE_DATE_EPOCH");
        REQUIRE(r.exit_code == 0);
        return read_tree(dir / "site")["trackers/phase-1/index.html"];
    };
    // 2021-09-01 (1630454400): the deadline, 10 September 2021, is 9 days away.
    CHECK(page_at("1630454400").find("It is due by 10 September 2021: 9 days remain.") != std::string::npos);
    // 2021-09-20 (1632096000): 10 days overdue.
    CHECK(page_at("1632096000").find("is 10 days overdue: it was due by 10 September 2021.") != std::string::npos);
}

TEST_CASE("the ratings' note follows the site's method: under rounding it says the counts are rounded") {
    Files site = site_with(F, "", "");
    site["site.yaml"] += "disclosure:\n  method: round\n";
    site["data/findings/survey.yaml"] =
        "breakdowns:\n  - id: age\n    title: Age\n    groups: [Under 40, 40 and over]\n";
    site["data/findings/survey.csv"] =
        "period,theme,rating,count,breakdown,group\n"
        "2024-25 Q1,effectiveness,good,9,,\n"
        "2024-25 Q1,effectiveness,good,6,age,Under 40\n"
        "2024-25 Q1,effectiveness,good,3,age,40 and over\n";
    TempDir dir;
    auto r = build(site, dir);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    // The round's finding is on effectiveness, so that theme has a page.
    std::string page = read_tree(dir / "site")["findings/effectiveness/index.html"];
    CHECK(page.find("every count is rounded to the nearest 5, so rows may not add up exactly") != std::string::npos);
    CHECK(page.find("add up to everyone interviewed before rounding") != std::string::npos);
    CHECK(page.find("small counts are shown as [c]") == std::string::npos);
    // The same site suppressing says so.
    site["site.yaml"].replace(site["site.yaml"].find("method: round"), 13, "method: suppress");
    TempDir dir2;
    auto r2 = build(site, dir2);
    REQUIRE(r2.exit_code == 0);
    std::string page2 = read_tree(dir2 / "site")["findings/effectiveness/index.html"];
    CHECK(page2.find("small counts are shown as [c].") != std::string::npos);
    CHECK(page2.find("rounded") == std::string::npos);
}
