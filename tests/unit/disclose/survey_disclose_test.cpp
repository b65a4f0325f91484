// Victim interview ratings go through the same disclosure rules as KPI
// tables: small counts become [c], and no hidden count can be worked out
// from a row total or the cumulative row.
#include <catch2/catch.hpp>

#include "disclose/internal/discloser.hpp"
#include "kpi/published_survey.hpp"

using namespace candour;

namespace {

RawSurvey survey(const std::vector<std::tuple<const char*, const char*, double>>& counts) {
    RawSurvey raw;
    raw.present = true;
    for (const auto& [period, rating, n] : counts)
        raw.counts.push_back({*Period::parse(period), "respect", rating, n, {}});
    return raw;
}

PublishedSurvey disclose_survey(const RawSurvey& raw, const DisclosureRules& rules, DisclosureLog* log) {
    return *disclose(RawKpi{}, raw, rules, log).survey;
}

std::string text(const PublishedValue& v) {
    return v.has_number() ? std::to_string(static_cast<int>(v.number())) : symbol_text(v.symbol());
}

}  // namespace

TEST_CASE("survey counts from 1 to 4 are hidden, and cumulative totals are shown when safe") {
    DisclosureLog log;
    auto out = disclose_survey(survey({{"2024-25 Q1", "good", 9},
                                       {"2024-25 Q1", "neither", 6},
                                       {"2024-25 Q1", "poor", 5},
                                       {"2024-25 Q2", "good", 8},
                                       {"2024-25 Q2", "neither", 7},
                                       {"2024-25 Q2", "poor", 2}}),
                               DisclosureRules{}, &log);
    const SurveyTable* t = out.table("respect");
    REQUIRE(t);
    REQUIRE(t->rows.size() == 2);
    CHECK(text(t->rows[0].ratings[0]) == "9");
    CHECK(text(t->rows[0].total) == "20");
    CHECK(text(t->rows[1].ratings[2]) == "[c]");  // 2: primary
    // Q2's row total would give the 2 away: the next smallest in the row goes too,
    CHECK(text(t->rows[1].ratings[1]) == "[c]");
    CHECK(text(t->rows[1].total) == "17");
    CHECK(text(t->cumulative.ratings[0]) == "17");
    CHECK(text(t->cumulative.total) == "37");
    // and the cumulative 'poor' (7) less Q1's 5 would give it away: the cumulative column is protected too.
    for (std::size_t col : {1u, 2u}) {
        INFO(col);
        int hidden = (t->rows[0].ratings[col].has_number() ? 0 : 1) + (t->cumulative.ratings[col].has_number() ? 0 : 1);
        CHECK(hidden >= 1);
    }
    CHECK(log.suppressions.size() >= 3);  // each hidden count is in the disclosure report
}

TEST_CASE("with rounding, survey counts are rounded and nothing is hidden") {
    DisclosureRules rules;
    rules.method = DisclosureRules::Method::round;
    auto out = disclose_survey(survey({{"2024-25 Q1", "good", 9}, {"2024-25 Q1", "poor", 2}}), rules, nullptr);
    const SurveyTable* t = out.table("respect");
    REQUIRE(t);
    CHECK(text(t->rows[0].ratings[0]) == "10");
    CHECK(text(t->rows[0].ratings[2]) == "0");
}
