#pragma once
// Victim interview ratings after disclosure control: per theme, a row per
// period and a cumulative row, each cell a published value or [c]; and the
// same for each group of each declared breakdown (age, relationship...).
#include <string>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "kpi/published.hpp"

namespace candour {

// The ratings, in the order tables show them. `label` is the English name
// the ratings download (CSV) and the disclosure audit use; pages show the
// catalogue's survey.rating.<id> message instead.
struct SurveyRating {
    const char* id;
    const char* label;
};
inline constexpr SurveyRating survey_ratings[] = {
    {"good", "Good or very good"}, {"neither", "Neither good nor poor"}, {"poor", "Poor or very poor"}};
inline constexpr std::size_t survey_rating_count = 3;

// A way of splitting the ratings (data/findings/survey.yaml): each person
// interviewed is in exactly one group, so the groups add up to the overall
// ratings.
struct SurveyBreakdown {
    std::string id;     // "age"
    std::string title;  // "Age of the victim"
    std::vector<std::string> groups;
    SourcePos pos;
};
inline constexpr const char* survey_breakdowns_file = "data/findings/survey.yaml";

// How a table of ratings is named in the disclosure system and the audit:
// "survey/respect", or "survey/respect/age=18 to 24" for one group.
inline std::string survey_table_name(const std::string& theme, const std::string& breakdown = "",
                                     const std::string& group = "") {
    std::string name = "survey/" + theme;
    if (!breakdown.empty()) name += "/" + breakdown + "=" + group;
    return name;
}

struct SurveyRow {
    Period period = Period::quarter(2000, 1);
    std::vector<PublishedValue> ratings;  // survey_ratings order
    PublishedValue total;                 // everyone who rated the theme in the period
};

// One group's ratings on a theme: the same periods as the theme's table.
struct SurveyGroupTable {
    std::string breakdown;  // a SurveyBreakdown id
    std::string group;
    std::vector<SurveyRow> rows;
    SurveyRow cumulative;
};

struct SurveyTable {
    std::string theme;
    std::vector<SurveyRow> rows;  // oldest first
    SurveyRow cumulative;         // every period together; `period` is the last one
    // Each group of each breakdown given for the theme, in declared order.
    std::vector<SurveyGroupTable> groups;
};

struct PublishedSurvey {
    std::vector<SurveyTable> tables;          // theme order
    std::vector<SurveyBreakdown> breakdowns;  // as declared
    const SurveyTable* table(const std::string& theme) const {
        for (const auto& t : tables) {
            if (t.theme == theme) return &t;
        }
        return nullptr;
    }
};

}  // namespace candour
