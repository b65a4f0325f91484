#include "kpi/period.hpp"

#include <catch2/catch.hpp>

using namespace candour;

TEST_CASE("financial-year quarters read and print as the public reads them") {
    auto q1 = Period::parse("2024-25 Q1");
    REQUIRE(q1);
    CHECK(q1->label() == "April to June 2024");
    CHECK(q1->code() == "2024-25 Q1");
    CHECK(q1->slug() == "2024-25-q1");
    CHECK(q1->start_iso() == "2024-04-01");
    CHECK(q1->end_iso() == "2024-06-30");
    CHECK(Period::parse("2024-25 Q3")->label() == "October to December 2024");
    CHECK(Period::parse("2024-25 Q4")->label() == "January to March 2025");
    CHECK(Period::parse("2024-25 Q4")->end_iso() == "2025-03-31");
}

TEST_CASE("months and financial years") {
    CHECK(Period::parse("2024-04")->label() == "April 2024");
    CHECK(Period::parse("2024-02")->end_iso() == "2024-02-29");
    CHECK(Period::parse("2024-25")->label() == "April 2024 to March 2025");
    CHECK(Period::parse("2024-25")->kind() == PeriodKind::financial_year);
    CHECK(Period::parse("2024-04")->kind() == PeriodKind::month);
}

TEST_CASE("previous period, next period and the same period last year") {
    auto q1 = *Period::parse("2024-25 Q1");
    CHECK(q1.previous().code() == "2023-24 Q4");
    CHECK(q1.previous().next() == q1);
    CHECK(q1.same_period_last_year().code() == "2023-24 Q1");
    CHECK(Period::parse("2024-01")->previous().code() == "2023-12");
    CHECK(Period::parse("2024-12")->next().code() == "2025-01");
    CHECK(Period::parse("2024-25")->previous().code() == "2023-24");
}

TEST_CASE("periods order by time, so Q4 (January to March) follows Q3") {
    auto q3 = *Period::parse("2023-24 Q3");
    auto q4 = *Period::parse("2023-24 Q4");
    auto next_q1 = *Period::parse("2024-25 Q1");
    CHECK(q3 < q4);
    CHECK(q4 < next_q1);
    CHECK(*Period::parse("2024-03") < *Period::parse("2024-04"));
}

TEST_CASE("malformed periods are refused") {
    for (const char* bad :
         {"2024 Q1", "2024-26 Q1", "2024-25 Q5", "2024-25 Q0", "2024-13", "Q1 2024", "", "2024-25Q1", "24-25 Q1",
          "2024-25 q1", "1999--0", "2099--0", "2024--1", "2024--5", "2024-+5", "-024-25"}) {
        INFO(bad);
        CHECK_FALSE(Period::parse(bad));
    }
}
