// A KPI or survey row for a period that has not started is an error at its
// period cell, unless it is provisional and the release calendar announces
// its release (docs/kpi-data.md, "Future periods").
#include <catch2/catch.hpp>
#include <cstdlib>

#include "support/kpi_site.hpp"

using namespace candour::testing;

namespace {

const std::string header = "indicator,period,breakdown,group,value,numerator,denominator,status\n";
const std::string rows = "charges,2024-25 Q1,,,44,,,\ncharges,2024-25 Q2,,,52,,,\ncharges,2024-25 Q3,,,50,,,\n";
const std::string calendar =
    "releases:\n  - period: 2024-25 Q2\n    date: 2024-11-14\n  - period: 2024-25 Q4\n    month: 2025-05\n";

// Built on 20 November 2024, in October to December 2024 (2024-25 Q3).
RunResult build_on_20_november_2024(const Files& site, TempDir& dir) {
    write_files(dir / "src", site);
    ::setenv("SOURCE_DATE_EPOCH", "1732060800", 1);
    auto r = run_candour({"build", "--no-search", "--source", dir / "src", "--output", dir / "site"});
    ::unsetenv("SOURCE_DATE_EPOCH");
    return r;
}

Files site_with_rows(const std::string& more, bool with_calendar = true) {
    Files site = kpi_site();
    site["data/kpi/figures.csv"] = header + rows + more;
    if (with_calendar) site["data/releases.yaml"] = calendar;
    return site;
}

}  // namespace

TEST_CASE("a mistyped period far in the future is a located error at its cell") {
    TempDir dir;
    auto r = build_on_20_november_2024(
        site_with_rows("charges,2062-63 Q1,,,40,,,\ncharges,2062-63 Q1,sex,Female,38,,,\n"), dir);
    CHECK(r.exit_code == 1);
    CHECK(error_lines(r.err) ==
          std::vector<std::string>{"data/kpi/figures.csv:5:9: error: the period '2062-63 Q1' (April to June 2062) has "
                                   "not started: the build date, 20 November 2024, is in October to December 2024 "
                                   "(and 1 more row below)"});
    CHECK(r.err.find("hint: if it is a typing mistake, correct the period; if these are early figures, mark the row "
                     "provisional with 'p' in the status column and announce their release for 2062-63 Q1 in "
                     "data/releases.yaml") != std::string::npos);
    CHECK(!read_tree(dir.path()).count("site/index.html"));
}

TEST_CASE("a provisional row for a release the calendar announces is accepted") {
    TempDir dir;
    auto r = build_on_20_november_2024(site_with_rows("charges,2024-25 Q4,,,47,,,p\n"), dir);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    // The early figure is published, in the indicator's download.
    bool published = false;
    for (const auto& [path, bytes] : read_tree(dir / "site")) {
        if (path.ends_with(".csv") && bytes.find("2024-25 Q4") != std::string::npos) published = true;
    }
    CHECK(published);
}

TEST_CASE("a future row that is provisional but not announced, or announced but not provisional, is an error") {
    SECTION("provisional, no release announced") {
        TempDir dir;
        auto r = build_on_20_november_2024(site_with_rows("charges,2025-26 Q1,,,47,,,p\n"), dir);
        CHECK(r.exit_code == 1);
        CHECK(error_lines(r.err) ==
              std::vector<std::string>{"data/kpi/figures.csv:5:9: error: the period '2025-26 Q1' (April to June 2025) "
                                       "has not started: the build date, 20 November 2024, is in October to December "
                                       "2024"});
        CHECK(r.err.find("announce their release for 2025-26 Q1 in data/releases.yaml") != std::string::npos);
    }
    SECTION("announced, not provisional") {
        TempDir dir;
        auto r = build_on_20_november_2024(site_with_rows("charges,2024-25 Q4,,,47,,,\n"), dir);
        CHECK(r.exit_code == 1);
        CHECK(error_lines(r.err).size() == 1);
        CHECK(r.err.find("if these are early figures for the release announced for May 2025, mark the row provisional "
                         "with 'p' in the status column") != std::string::npos);
    }
}

TEST_CASE("a survey row for a period that has not started is an error at its cell") {
    Files site = site_with_rows("");
    site["data/findings/survey.csv"] =
        "period,theme,rating,count\n2024-25 Q1,respect,good,9\n2042-43 Q1,respect,good,9\n";
    site["data/findings/round.yaml"] =
        "title: Round one\npublished: 2024-10-20\nfindings:\n  - theme: respect\n"
        "    said: Victims and survivors said officers listened.\n    did: Nothing changed.\n"
        "    status: done\n    updated: 2024-10-30\n";
    TempDir dir;
    auto r = build_on_20_november_2024(site, dir);
    CHECK(r.exit_code == 1);
    CHECK(
        error_lines(r.err) ==
        std::vector<std::string>{"data/findings/survey.csv:3:1: error: the period '2042-43 Q1' (April to June 2042) "
                                 "has not started: the build date, 20 November 2024, is in October to December 2024"});
}
