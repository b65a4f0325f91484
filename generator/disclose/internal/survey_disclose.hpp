#pragma once
// Disclosure control for the victim interview ratings: the same rules as
// the KPI tables (site.yaml disclosure:). Each theme becomes a table of
// periods by ratings with row totals and a cumulative row, and a hidden
// count must not be recoverable from any of those sums.
#include "disclose/internal/guard.hpp"
#include "disclose/disclosure_log.hpp"
#include "disclose/internal/survey_load.hpp"
#include "kpi/published_survey.hpp"
#include "load/site_config.hpp"

namespace candour {

PublishedSurvey disclose_survey(const RawSurvey& raw, const DisclosureRules& rules, DisclosureLog* log);

}  // namespace candour
