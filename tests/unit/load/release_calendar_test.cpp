// data/releases.yaml: what an analyst writes, and the errors a mistake gets.
#include <catch2/catch.hpp>

#include "load/release_calendar_load.hpp"
#include "support/rendered_site.hpp"

using namespace candour;

namespace {

std::vector<std::string> problems(const Diagnostics& diags) {
    return candour::testing::formatted(diags);
}

const char* path = "data/releases.yaml";

}  // namespace

TEST_CASE("the release calendar gives confirmed days and provisional months") {
    Diagnostics diags;
    auto calendar = read_release_calendar(path,
                                          "releases:\n"
                                          "  - period: 2024-25 Q2\n"
                                          "    date: 2024-11-14\n"
                                          "  - period: 2024-25 Q3\n"
                                          "    date: 2025-02-13\n"
                                          "  - period: 2024-25 Q4\n"
                                          "    month: 2025-05\n",
                                          diags);
    CHECK(problems(diags).empty());
    REQUIRE(calendar.releases.size() == 3);
    CHECK(calendar.releases[0].when_display() == "14 November 2024");
    CHECK_FALSE(calendar.releases[0].provisional());
    CHECK(calendar.releases[2].provisional());
    CHECK(calendar.releases[2].when_display() == "May 2025");
    CHECK(calendar.releases[2].when_iso() == "2025-05");

    SECTION("the next update is the first release after the day of the build") {
        CHECK(calendar.next_after({2024, 11, 13})->period.code() == "2024-25 Q2");
        CHECK(calendar.next_after({2024, 11, 14})->period.code() == "2024-25 Q3");  // published that day
        CHECK(calendar.next_after({2025, 2, 14})->when_display() == "May 2025");
        CHECK(calendar.next_after({2025, 5, 31})->when_display() == "May 2025");  // not yet confirmed, still due
        CHECK(calendar.next_after({2025, 6, 1}) == nullptr);
    }
}

TEST_CASE("each mistake in the release calendar is located, with a hint") {
    Diagnostics diags;
    auto calendar = read_release_calendar(path,
                                          "releases:\n"
                                          "  - period: 2024-25 Q1\n"
                                          "    dat: 2024-08-15\n"
                                          "  - period: 2024-25 Q5\n"
                                          "    date: 2024-11-14\n"
                                          "  - period: 2024-25 Q3\n"
                                          "    date: 2025-02-13\n"
                                          "    month: 2025-02\n"
                                          "  - period: 2024-25 Q4\n"
                                          "    month: May 2025\n"
                                          "  - period: 2025-26 Q1\n"
                                          "    date: 2025-06-30\n",
                                          diags);
    auto p = problems(diags);
    REQUIRE(p.size() == 6);
    CHECK(p[0] ==
          "data/releases.yaml:2:5: error: this release has no 'date' or 'month'\n"
          "  hint: add 'date: YYYY-MM-DD' for a confirmed day, or 'month: YYYY-MM' while it is provisional");
    CHECK(p[1] == "data/releases.yaml:3:5: error: unknown release key 'dat'\n  hint: did you mean 'date'?");
    CHECK(p[2].rfind("data/releases.yaml:4:13: error: '2024-25 Q5' is not a period\n", 0) == 0);
    CHECK(p[3] ==
          "data/releases.yaml:8:5: error: this release has both a 'date' and a 'month'\n"
          "  hint: keep 'date' once the day is confirmed, and delete 'month'");
    CHECK(p[4].rfind("data/releases.yaml:10:12: error: 'month' must be a month written YYYY-MM, not 'May 2025'", 0) ==
          0);
    CHECK(p[5].rfind("data/releases.yaml:12:11: error: the figures for 2025-26 Q1 can't be published on 30 June 2025, "
                     "before the period ends on 30 June 2025",
                     0) == 0);
    CHECK(calendar.releases.empty());
}

TEST_CASE("releases out of date order and a period given twice are errors") {
    Diagnostics diags;
    read_release_calendar(path,
                          "releases:\n"
                          "  - period: 2024-25 Q2\n"
                          "    date: 2024-11-14\n"
                          "  - period: 2024-25 Q1\n"
                          "    date: 2024-08-15\n"
                          "  - period: 2024-25 Q3\n"
                          "    date: 2025-02-13\n"
                          "  - period: 2024-25 Q3\n"
                          "    month: 2025-03\n",
                          diags);
    auto p = problems(diags);
    REQUIRE(p.size() == 2);
    CHECK(p[0] ==
          "data/releases.yaml:5:11: error: releases are out of order: 15 August 2024 (2024-25 Q1) comes after "
          "14 November 2024 (2024-25 Q2)\n  hint: list the releases in date order, earliest first");
    CHECK(p[1] ==
          "data/releases.yaml:8:5: error: 2024-25 Q3 is in the calendar twice; the first is on line 6\n"
          "  hint: keep one entry for each period: change its date there if the release moved");
}

TEST_CASE("a release calendar without its list says what to write") {
    Diagnostics diags;
    read_release_calendar(path, "- period: 2024-25 Q1\n", diags);
    CHECK(problems(diags) == std::vector<std::string>{"data/releases.yaml:1:1: error: the release calendar must start "
                                                      "with 'releases:'\n  hint: see docs/releases.md for an example"});
}
