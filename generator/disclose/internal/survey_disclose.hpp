#pragma once
// Disclosure control for the victim interview ratings: the same rules as
// the KPI tables (site.yaml disclosure:). Each theme becomes a table of
// periods by ratings with row totals and a cumulative row. Its figures join
// the KPI tables' in one linked suppression (linked_suppression.hpp), where
// the audit knows the row totals and the cumulative row. Each group of a
// breakdown (survey.yaml) is a table of its own, with the theme's periods;
// the groups add up to the theme's table, cell by cell.
#include <array>
#include <vector>

#include "disclose/disclosure_log.hpp"
#include "disclose/internal/decided_figures.hpp"
#include "disclose/internal/disclosure_control.hpp"
#include "disclose/internal/guard.hpp"
#include "disclose/internal/survey_load.hpp"
#include "kpi/published_survey.hpp"

namespace candour {

class SurveyTables {
public:
    // Builds each theme's table and applies the primary rules.
    SurveyTables(const RawSurvey& raw, const DisclosureControl& control, DisclosureLog* log);
    SurveyTables(const SurveyTables&) = delete;  // decided figures point into the tables
    SurveyTables& operator=(const SurveyTables&) = delete;

    // Adds every count to `figures`, keyed as the ratings download keys it.
    void register_figures(DecidedFigures& figures);
    // The themes with ratings (not their groups' tables).
    std::vector<std::string> themes() const;
    const std::vector<SurveyBreakdown>& breakdowns() const { return breakdowns_; }
    // How the disclosure report names one of its figures.
    Suppression describe(const FigureKey& key) const;
    // The theme of a figure's table, and its group ("" for the overall ratings).
    std::string theme_of(const FigureKey& key) const;
    std::string group_of(const FigureKey& key) const;
    PublishedSurvey published() const;

private:
    static constexpr std::size_t columns = survey_rating_count + 1;  // the ratings, then the total
    // One theme: a row per period, then the cumulative row.
    struct Grid {
        std::string theme;
        std::string breakdown;  // empty: the overall ratings
        std::string group;
        std::vector<Period> periods;
        std::vector<std::array<double, columns>> raw;
        std::vector<std::array<PublishedValue, columns>> cells;
        std::vector<SourcePos> where;  // a row of the survey file behind each period
    };
    // Adds a table of the counts of one theme (and group); `periods`, when
    // given, are the rows it has whatever the counts; `fallback` places a row
    // with no counts (a group's: at the overall table's row for the period).
    void add_grid(const RawSurvey& raw, const std::string& theme, const std::string& breakdown,
                  const std::string& group, const std::vector<Period>& periods, const std::vector<SourcePos>& fallback);
    static void publish_grid(Grid& g, const DisclosureControl& control, const Indicator& counted, DisclosureLog* log);
    static std::string log_name(const Grid& g);
    const Grid* grid_of(const std::string& table) const;

    std::vector<SurveyBreakdown> breakdowns_;
    std::vector<Grid> grids_;  // each theme's, then its groups'
};

}  // namespace candour
