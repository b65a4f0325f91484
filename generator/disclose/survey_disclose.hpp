#pragma once
// Disclosure control for the victim interview ratings: the same rules as
// the KPI tables (site.yaml disclosure:). Each theme becomes a table of
// periods by ratings with row totals and a cumulative row, and a hidden
// count must not be recoverable from any of those sums.
#include "disclose/disclose.hpp"
#include "kpi/published_survey.hpp"
#include "load/survey_load.hpp"

namespace candour {

PublishedSurvey disclose_survey(const RawSurvey& raw, const DisclosureRules& rules, DisclosureLog* log);

}  // namespace candour
