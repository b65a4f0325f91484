// Periods and dates as readers see them: the theme's catalogue says them,
// each quarter and month a whole message, and the default theme's words
// are exactly the English ones editors and data files use.
#include "messages/period_words.hpp"

#include <catch2/catch.hpp>

#include "support/theme_messages.hpp"

using namespace candour;
using namespace candour::testing;

TEST_CASE("the default theme names every period as candour always has") {
    const Messages& m = theme_messages();
    CHECK(period_label(*Period::parse("2024-25 Q1"), m) == "April to June 2024");
    CHECK(period_label(*Period::parse("2024-25 Q4"), m) == "January to March 2025");
    CHECK(period_label(*Period::parse("2024-25"), m) == "April 2024 to March 2025");
    CHECK(period_label(*Period::parse("2024-11"), m) == "November 2024");
    // Every quarter, month and financial year of a decade, word for word.
    for (Period p : {Period::quarter(2019, 1), Period::month(2019, 4), Period::financial_year(2019)}) {
        for (int i = 0; i < 48; ++i, p = p.next()) {
            INFO(p.code());
            CHECK(period_label(p, m) == p.label());
        }
    }
}

TEST_CASE("the default theme writes every date of a leap year as before") {
    const Messages& m = theme_messages();
    CHECK(date_label(*parse_date("2024-11-14"), m) == "14 November 2024");
    CHECK(date_label(*parse_date("2025-02-03"), m) == "3 February 2025");
    for (int month = 1; month <= 12; ++month) {
        for (int day = 1; day <= 31; ++day) {
            Date d{2024, month, day};
            if (!parse_date(d.iso())) continue;
            INFO(d.iso());
            CHECK(date_label(d, m) == d.display());
        }
    }
}

TEST_CASE("a catalogue can phrase each quarter whole, so a language can mutate its second month") {
    Messages cy = theme_messages_with(
        "msgid \"period.quarter.1\"\nmsgstr \"Ebrill i Fehefin {year}\"\n\n"
        "msgid \"period.quarter.3\"\nmsgstr \"Hydref i Ragfyr {year}\"\n");
    CHECK(period_label(*Period::parse("2024-25 Q1"), cy) == "Ebrill i Fehefin 2024");
    CHECK(period_label(*Period::parse("2024-25 Q3"), cy) == "Hydref i Ragfyr 2024");
    // The others are still the theme's.
    CHECK(period_label(*Period::parse("2024-25 Q2"), cy) == "July to September 2024");
}

TEST_CASE("months, financial years and dates come from the catalogue") {
    Messages cy = theme_messages_with(
        "msgid \"period.month.4\"\nmsgstr \"Ebrill {year}\"\n\n"
        "msgid \"period.financial_year\"\nmsgstr \"Ebrill {start_year} i Fawrth {end_year}\"\n\n"
        "msgid \"date.month.11\"\nmsgstr \"{day} Tachwedd {year}\"\n\n"
        "msgid \"period.range\"\nmsgstr \"{from} hyd {to}\"\n");
    CHECK(period_label(*Period::parse("2024-04"), cy) == "Ebrill 2024");
    CHECK(period_label(*Period::parse("2024-25"), cy) == "Ebrill 2024 i Fawrth 2025");
    CHECK(date_label(*parse_date("2024-11-14"), cy) == "14 Tachwedd 2024");
    CHECK(month_range_label(*parse_date("2024-04-01"), *parse_date("2024-12-31"), cy) ==
          "Ebrill 2024 hyd December 2024");
}

TEST_CASE("a release is shown by its day, or by its month while provisional") {
    const Messages& m = theme_messages();
    AnnouncedRelease r;
    r.date = parse_date("2025-02-13");
    CHECK(release_when_label(r, m) == "13 February 2025");
    r.date.reset();
    r.month = Period::parse("2025-05");
    CHECK(release_when_label(r, m) == "May 2025");
    Messages cy = theme_messages_with("msgid \"period.month.5\"\nmsgstr \"Mai {year}\"\n");
    CHECK(release_when_label(r, cy) == "Mai 2025");
}
