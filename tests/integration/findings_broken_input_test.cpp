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
    site["site.yaml"] += "bodies: [Chief constables, Police and crime commissioners, CPS, Home Office]\n";
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
    // Built in 2021: without the 2024 figures, which would be for periods not yet started.
    for (const char* path : {"data/kpi/figures.csv", "data/kpi/catalogue.yaml", "data/findings/round.yaml"})
        site.erase(path);
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

// Bodies (site.yaml 'bodies'): every addressed_to and responding_for is checked.

TEST_CASE("a typo in addressed_to is a located error that suggests the declared body") {
    TempDir dir;
    auto r =
        build(site_with(T, "    addressed_to: [Chief constables]\n", "    addressed_to: [Chief constable]\n"), dir);
    CHECK(r.exit_code == 1);
    CHECK(error_lines(r.err) ==
          std::vector<std::string>{T + ":9:20: error: 'Chief constable' in 'addressed_to' is not one of the bodies "
                                       "declared in site.yaml"});
    CHECK(r.err.find("hint: did you mean 'Chief constables'?") != std::string::npos);
}

TEST_CASE("a body in responding_for that site.yaml does not declare is an error") {
    TempDir dir;
    auto r = build(
        site_with(T, "responding_for: [Chief constables]", "responding_for: [Chief constables, Police forces]"), dir);
    CHECK(r.exit_code == 1);
    CHECK(error_lines(r.err) ==
          std::vector<std::string>{T + ":5:36: error: 'Police forces' in 'responding_for' is not one of the bodies "
                                       "declared in site.yaml"});
}

TEST_CASE("trackers with no bodies declared give one error with the names ready to paste") {
    Files site = site_with(F, "", "");
    site["site.yaml"] = minimal_site()["site.yaml"];
    TempDir dir;
    auto r = build(site, dir);
    CHECK(r.exit_code == 1);
    CHECK(error_lines(r.err) ==
          std::vector<std::string>{"site.yaml:1:1: error: the inspection trackers name bodies, but site.yaml does not "
                                   "declare them"});
    CHECK(r.err.find("bodies: [Chief constables, Home Office]") != std::string::npos);
}

// Tracker fields: the response letter and date, areas for improvement and
// causes of concern.

TEST_CASE("the tracker page shows the response date and links to the response letter in the site folder") {
    Files site = site_with(T, "response_published: 2021-09-08\n",
                           "response_published: 2021-09-08\nresponse_letter: static/letters/phase-1.pdf\n");
    site["static/letters/phase-1.pdf"] = "%PDF-1.4\nA letter.\n%%EOF\n";
    TempDir dir;
    auto r = build(site, dir);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    Files out = read_tree(dir / "site");
    const std::string& page = out["trackers/phase-1/index.html"];
    CHECK(page.find("<dt>Response published</dt> <dd><time datetime=\"2021-09-08\">8 September 2021</time></dd>") !=
          std::string::npos);
    CHECK(page.find("<a href=\"../../letters/phase-1.pdf\">Read the response letter</a>") != std::string::npos);
    CHECK(out["letters/phase-1.pdf"] == "%PDF-1.4\nA letter.\n%%EOF\n");
}

TEST_CASE("a response letter given as a web address is linked as it is") {
    TempDir dir;
    auto r = build(site_with(T, "response_published: 2021-09-08\n",
                             "response_published: 2021-09-08\nresponse_letter: https://example.org/letter.pdf\n"),
                   dir);
    REQUIRE(r.exit_code == 0);
    CHECK(read_tree(dir / "site")["trackers/phase-1/index.html"].find(
              "<a href=\"https://example.org/letter.pdf\">Read the response letter</a>") != std::string::npos);
}

TEST_CASE("a response letter file that is not there is a located error") {
    TempDir dir;
    auto r = build(site_with(T, "response_published: 2021-09-08\n",
                             "response_published: 2021-09-08\nresponse_letter: static/letters/phase-1.pdf\n"),
                   dir);
    CHECK(r.exit_code == 1);
    CHECK(error_lines(r.err) ==
          std::vector<std::string>{T + ":5:18: error: the response letter 'static/letters/phase-1.pdf' is not in the "
                                       "site folder"});
}

TEST_CASE("areas for improvement and causes of concern have their own sections, pages and counts") {
    Files site = site_with(T, "", "");
    site[T] +=
        "areas_for_improvement:\n"
        "  - number: 1\n"
        "    text: Record why victims withdraw.\n"
        "    addressed_to: [Chief constables]\n"
        "    response: A fixed list of reasons is now used.\n"
        "    status: complete\n"
        "causes_of_concern:\n"
        "  - number: 1\n"
        "    text: Victims are not kept up to date.\n"
        "    addressed_to: [Chief constables]\n"
        "    response: Every case has a contact plan.\n"
        "    status: in progress\n";
    TempDir dir;
    auto r = build(site, dir);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    Files out = read_tree(dir / "site");
    const std::string& page = out["trackers/phase-1/index.html"];
    auto at = [&](const std::string& s) { return page.find(s); };
    REQUIRE(at("<h2 id=\"areas-for-improvement\">Areas for improvement</h2>") != std::string::npos);
    REQUIRE(at("<h2 id=\"causes-of-concern\">Causes of concern</h2>") != std::string::npos);
    CHECK(at("Record why victims withdraw.") > at("<h2 id=\"areas-for-improvement\">"));
    CHECK(at("Victims are not kept up to date.") > at("<h2 id=\"causes-of-concern\">"));
    // Counted in their own right: the recommendations' summary is unchanged.
    CHECK(at("<dt>Progress</dt> <dd>0 of 1 recommendations for us complete, 1 in progress; 1 for other bodies.</dd>") !=
          std::string::npos);
    CHECK(at("<dt>Areas for improvement</dt> <dd>1 of 1 areas for improvement for us complete; 0 for other "
             "bodies.</dd>") != std::string::npos);
    CHECK(at("<dt>Causes of concern</dt> <dd>0 of 1 causes of concern for us complete, 1 in progress; 0 for other "
             "bodies.</dd>") != std::string::npos);
    const std::string& concern = out["trackers/phase-1/cause-of-concern-1/index.html"];
    CHECK(concern.find("<h1>Cause of concern 1</h1>") != std::string::npos);
    CHECK(concern.find("Every case has a contact plan.") != std::string::npos);
    CHECK(out.count("trackers/phase-1/area-for-improvement-1/index.html"));
}

// An action plan's own statuses.

const std::string yes_no_plan =
    "title: Plan\n"
    "period: 2024-25 Q3\n"
    "statuses:\n"
    "  - {name: \"Yes\", counts_as: complete}\n"
    "  - {name: \"No\", counts_as: not started}\n"
    "  - {name: In progress, counts_as: in progress}\n"
    "  - {name: Closed without action, counts_as: closed}\n"
    "sections:\n"
    "  - title: Supporting victims\n"
    "    actions:\n"
    "      - number: \"1.1\"\n"
    "        action: Call victims every 28 days\n"
    "        owner: Head of Public Protection\n"
    "        status: \"Yes\"\n"
    "      - number: \"1.2\"\n"
    "        action: Rewrite the phone form\n"
    "        owner: Head of Digital Forensics\n"
    "        due: 2024-10-31\n"
    "        status: In progress\n"
    "        history:\n"
    "          - {date: 2024-06-01, status: \"No\"}\n"
    "          - {date: 2024-11-01, status: In progress}\n"
    "      - number: \"1.3\"\n"
    "        action: Explain bail conditions in writing\n"
    "        owner: Head of Custody\n"
    "        status: \"No\"\n"
    "      - number: \"1.4\"\n"
    "        action: Pilot a local phone app\n"
    "        owner: Head of Digital Forensics\n"
    "        due: 2024-10-31\n"
    "        status: Closed without action\n";

TEST_CASE("a plan with Yes, No and In progress statuses shows its words and counts what each counts as") {
    Files site = site_with(F, "", "");
    site[P] = yes_no_plan;
    TempDir dir;
    auto r = build(site, dir);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const std::string page = read_tree(dir / "site")["action-plans/plan/index.html"];
    CHECK(page.find("<strong class=\"tag tag--done\">Yes</strong>") != std::string::npos);
    CHECK(page.find("<strong class=\"tag tag--not-started\">No</strong>") != std::string::npos);
    CHECK(page.find("<strong class=\"tag tag--closed\">Closed without action</strong>") != std::string::npos);
    CHECK(page.find("Update for October to December 2024: 1 of 4 actions complete, 1 in progress, 1 not started and 1 "
                    "closed without being completed.") != std::string::npos);
    CHECK(page.find("1.2 Rewrite the phone form: from No to <strong class=\"tag tag--in-progress\">In "
                    "progress</strong>") != std::string::npos);
    // Overdue uses what a status counts as: 1.2 is in progress past its due
    // date; 1.4 was closed, so it is not overdue.
    CHECK(page.find("1.2 Rewrite the phone form: due <time") != std::string::npos);
    CHECK(page.find("1.4 Pilot a local phone app: due") == std::string::npos);
}

TEST_CASE("a status the plan does not declare is a located error with a suggestion") {
    Files site = site_with(F, "", "");
    site[P] = yes_no_plan;
    site[P].replace(site[P].find("status: \"No\"\n      - number: \"1.4\""), 12, "status: Noo ");
    TempDir dir;
    auto r = build(site, dir);
    CHECK(r.exit_code == 1);
    CHECK(error_lines(r.err) == std::vector<std::string>{P + ":26:17: error: unknown status 'Noo'"});
    CHECK(r.err.find("hint: did you mean 'No'?") != std::string::npos);
}

TEST_CASE("a history status the plan does not declare, and an unknown counts_as, are errors") {
    Files site = site_with(F, "", "");
    site[P] = yes_no_plan;
    site[P].replace(site[P].find("{date: 2024-06-01, status: \"No\"}"), 32, "{date: 2024-06-01, status: not started}");
    site[P].replace(site[P].find("counts_as: closed"), 17, "counts_as: cancelled");
    TempDir dir;
    auto r = build(site, dir);
    CHECK(r.exit_code == 1);
    CHECK(error_lines(r.err) == std::vector<std::string>{P + ":7:46: error: unknown 'counts_as' 'cancelled'",
                                                         P + ":21:40: error: unknown status 'not started'",
                                                         // declared with the unknown counts_as, so not declared
                                                         P + ":31:17: error: unknown status 'Closed without action'"});
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
