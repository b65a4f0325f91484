#pragma once
// Victim interview ratings after disclosure control: per theme, a row per
// period and a cumulative row, each cell a published value or [c].
#include <string>
#include <vector>

#include "kpi/published.hpp"

namespace candour {

// The ratings, in the order tables show them.
struct SurveyRating {
    const char* id;
    const char* label;
};
inline constexpr SurveyRating survey_ratings[] = {
    {"good", "Good or very good"}, {"neither", "Neither good nor poor"}, {"poor", "Poor or very poor"}};
inline constexpr std::size_t survey_rating_count = 3;

struct SurveyRow {
    Period period = Period::quarter(2000, 1);
    std::vector<PublishedValue> ratings;  // survey_ratings order
    PublishedValue total;                 // everyone who rated the theme in the period
};

struct SurveyTable {
    std::string theme;
    std::vector<SurveyRow> rows;  // oldest first
    SurveyRow cumulative;         // every period together; `period` is the last one
};

struct PublishedSurvey {
    std::vector<SurveyTable> tables;  // theme order
    const SurveyTable* table(const std::string& theme) const {
        for (const auto& t : tables) {
            if (t.theme == theme) return &t;
        }
        return nullptr;
    }
};

}  // namespace candour
