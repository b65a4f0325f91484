// Three quarters of a small site through `candour release` and `candour
// build`: what was released stays byte for byte, revisions are found and
// listed, and nothing a release hid or showed can be undone.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <ctime>
#include <string>

#include "support/site_fixture.hpp"

using namespace candour::testing;

namespace {

const char* catalogue =
    "aims:\n"
    "  - id: aim-1\n"
    "    title: \"Aim 1: outcome justice\"\n"
    "breakdowns:\n"
    "  - id: sex\n"
    "    title: Sex of the victim\n"
    "    groups: [Female, Male, Not recorded]\n"
    "indicators:\n"
    "  - id: charges\n"
    "    title: Charges\n"
    "    definition: Cases charged.\n"
    "    unit: count\n"
    "    polarity: higher_is_better\n"
    "    aim: aim-1\n"
    "    breakdowns: [sex]\n";

const char* calendar =
    "releases:\n"
    "  - period: 2024-25 Q1\n"
    "    date: 2024-08-15\n"
    "  - period: 2024-25 Q2\n"
    "    date: 2024-11-14\n"
    "  - period: 2024-25 Q3\n"
    "    date: 2025-02-13\n";

std::string rows(const std::string& period, int total, int female, int male, int not_recorded) {
    auto row = [&](const std::string& group, int v) {
        return "charges," + period + "," + (group.empty() ? "" : "sex") + "," + group + "," + std::to_string(v) + "\n";
    };
    return row("", total) + row("Female", female) + row("Male", male) + row("Not recorded", not_recorded);
}

std::string report(const std::string& title, const std::string& period, const std::string& date) {
    return "---\ntitle: " + title + "\nperiod: " + period + "\ndate: " + date +
           "\n---\n## Summary\n\nThe figures for the quarter.\n";
}

Files site() {
    Files files = minimal_site();
    files.erase("content/reports/q1.md");
    files["data/kpi/catalogue.yaml"] = catalogue;
    files["data/releases.yaml"] = calendar;
    files["content/reports/2024-25-q1.md"] = report("April to June 2024", "2024-25 Q1", "2024-08-15");
    return files;
}

// candour's "today" (SOURCE_DATE_EPOCH), noon UTC on `day` (YYYY-MM-DD).
void on(const std::string& day) {
    std::tm t{};
    t.tm_year = std::stoi(day.substr(0, 4)) - 1900;
    t.tm_mon = std::stoi(day.substr(5, 2)) - 1;
    t.tm_mday = std::stoi(day.substr(8, 2));
    t.tm_hour = 12;
    setenv("SOURCE_DATE_EPOCH", std::to_string(timegm(&t)).c_str(), 1);
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("three quarters: a release stays as published, a revision is found, listed and never reveals") {
    TempDir dir;
    std::string src = dir / "src";
    Files files = site();
    files["data/kpi/figures.csv"] = "indicator,period,breakdown,group,value\n" + rows("2024-25 Q1", 41, 35, 2, 4);
    write_files(src, files);

    // 1. Release April to June.
    on("2024-08-15");
    auto first = run_candour({"release", "--period", "2024-25 Q1", "--source", src});
    INFO(first.err);
    REQUIRE(first.exit_code == 0);
    Files released = read_tree(src + "/releases/2024-25-q1");
    REQUIRE(released.count("reports/2024-25-q1/index.html"));
    REQUIRE(released.count("data/kpi-2024-25-q1.csv"));
    REQUIRE(released.count("data/kpi-2024-25-q1.xlsx"));       // the spreadsheet is frozen with its CSV
    CHECK(contains(released["manifest.json"], "\"hidden\""));  // Male and Not recorded, as fingerprints
    CHECK_FALSE(contains(released["manifest.json"], "|2\""));
    CHECK(contains(released["reports/2024-25-q1/index.html"], "Kept as published on"));

    // 2. Late records revise April to June (three more charges, female
    // victims), and July to September is released.
    files["data/kpi/figures.csv"] = "indicator,period,breakdown,group,value\n" + rows("2024-25 Q1", 44, 38, 2, 4) +
                                    rows("2024-25 Q2", 52, 45, 3, 4);
    files["data/kpi/revisions.yaml"] =
        "revisions:\n  - indicator: charges\n    period: 2024-25 Q1\n    reason: Charges recorded late were added.\n";
    files["content/reports/2024-25-q2.md"] = report("July to September 2024", "2024-25 Q2", "2024-11-14");
    write_files(src, files);
    on("2024-11-14");
    auto second = run_candour({"release", "--period", "2024-25 Q2", "--source", src});
    INFO(second.err);
    REQUIRE(second.exit_code == 0);
    auto build = run_candour({"build", "--source", src, "--output", dir / "out", "--no-search"});
    INFO(build.err);
    REQUIRE(build.exit_code == 0);
    Files out = read_tree(dir / "out");

    // 3. The April to June report and download are exactly as released.
    CHECK(out["reports/2024-25-q1/index.html"] == released["reports/2024-25-q1/index.html"]);
    CHECK(out["data/kpi-2024-25-q1.csv"] == released["data/kpi-2024-25-q1.csv"]);
    CHECK(out["data/kpi-2024-25-q1.xlsx"] == released["data/kpi-2024-25-q1.xlsx"]);  // shows 41, not 44
    // The current figures say what changed.
    CHECK(contains(out["indicators/charges/index.html"], "44 [r] (was 41)"));
    INFO(out["indicators/charges/charges.csv"]);
    CHECK(contains(out["indicators/charges/charges.csv"],
                   "charges,Charges,2024-25 Q1,April to June 2024,,,44,,,count,r,"));
    CHECK(contains(out["revisions/index.html"], "Charges recorded late were added."));
    CHECK(contains(out["data/revisions.csv"],
                   "charges,2024-25 Q1,,,41,44,2024-25 Q1,latest,Charges recorded late were added."));
    // The hidden figures were not revised, so they are not listed.
    CHECK_FALSE(contains(out["data/revisions.csv"], "Male"));
    // The feed has both releases; the calendar names the next date.
    CHECK(contains(out["feed.xml"], "April to June 2024"));
    CHECK(contains(out["feed.xml"], "July to September 2024"));
    CHECK(contains(out["releases/index.html"], "13 February 2025"));
    // The audit, run as a reader would on everything online, finds nothing.
    auto audit = run_candour({"audit", dir / "out"});
    INFO(audit.out << audit.err);
    CHECK(audit.exit_code == 0);

    // 4a. A reason that names a hidden figure's value is refused.
    Files revised = files;
    revised["data/kpi/figures.csv"] = "indicator,period,breakdown,group,value\n" + rows("2024-25 Q1", 44, 37, 3, 4) +
                                      rows("2024-25 Q2", 52, 45, 3, 4);
    revised["data/kpi/revisions.yaml"] =
        "revisions:\n  - indicator: charges\n    period: 2024-25 Q1\n    breakdown: sex\n    group: Male\n"
        "    reason: One charge was moved from female to male victims, from 2 to 3.\n";
    write_files(src, revised);
    auto named = run_candour({"check", "--source", src});
    CHECK(named.exit_code == 1);
    CHECK(contains(named.err,
                   "data/kpi/revisions.yaml:6:13: error: the reason for revising charges 2024-25 Q1 "
                   "sex=Male contains a number, and that figure is hidden"));

    // 4b. Rules tightened so that a figure the release showed would now be
    // hidden: a reader still has the release, so the build refuses.
    Files stricter = files;
    stricter["site.yaml"] += "disclosure:\n  min_count: 50\n";
    write_files(src, stricter);
    auto refused = run_candour({"check", "--source", src});
    INFO(refused.err);
    CHECK(refused.exit_code == 1);
    CHECK(contains(refused.err,
                   "charges 2024-25 Q2 sex=Female is hidden now, but the 2024-25 Q2 release showed it, "
                   "and that release stays online"));

    // Tampering with a released file is an error at that file.
    write_files(src, files);
    write_files(src, {{"releases/2024-25-q1/data/kpi-2024-25-q1.csv", "edited\n"}});
    auto tampered = run_candour({"check", "--source", src});
    CHECK(tampered.exit_code == 1);
    CHECK(contains(tampered.err,
                   "releases/2024-25-q1/data/kpi-2024-25-q1.csv:1:1: error: this file has changed since "
                   "the 2024-25 Q1 release was published on 15 August 2024"));
    unsetenv("SOURCE_DATE_EPOCH");
}

TEST_CASE("a release is never made twice, and never without a report for its period") {
    TempDir dir;
    std::string src = dir / "src";
    Files files = site();
    files["data/kpi/figures.csv"] = "indicator,period,breakdown,group,value\n" + rows("2024-25 Q1", 41, 35, 2, 4);
    write_files(src, files);
    on("2024-08-15");
    REQUIRE(run_candour({"release", "--period", "2024-25 Q1", "--source", src}).exit_code == 0);
    auto again = run_candour({"release", "--period", "2024-25 Q1", "--source", src});
    CHECK(again.exit_code == 1);
    CHECK(contains(again.err, "2024-25 Q1 has already been released"));
    auto none = run_candour({"release", "--period", "2024-25 Q2", "--source", src});
    CHECK(none.exit_code == 1);
    CHECK(contains(none.err, "no published page reports on 2024-25 Q2"));
    unsetenv("SOURCE_DATE_EPOCH");
}

TEST_CASE("the sample site publishes its releases unchanged, and a reader's audit of everything online finds nothing") {
    TempDir dir;
    auto build = run_candour({"build", "--source", CANDOUR_SOURCE_DIR, "--output", dir / "out", "--no-search"});
    INFO(build.err);
    REQUIRE(build.exit_code == 0);
    Files out = read_tree(dir / "out");
    for (const char* release : {"2024-25-q1", "2024-25-q2"}) {
        Files frozen = read_tree(std::string(CANDOUR_SOURCE_DIR) + "/releases/" + release);
        REQUIRE(frozen.count("manifest.json"));
        for (const auto& [path, bytes] : frozen) {
            if (path == "manifest.json") continue;
            INFO(release << ": " << path);
            CHECK(out[path] == bytes);
        }
    }
    CHECK(contains(out["revisions/index.html"], "April to June 2024"));
    CHECK(contains(out["feed.xml"], "Revised figures, published with the July to September 2024 release"));
    auto audit = run_candour({"audit", dir / "out"});
    INFO(audit.out << audit.err);
    CHECK(audit.exit_code == 0);
    CHECK(contains(audit.out, "none can be worked out"));
}
