#pragma once
// The published figures as a page in another of the site's languages shows
// them: the same figures, with the catalogue's words (titles, definitions,
// sources, caveats, aims, breakdowns and their groups) in that language.
#include "kpi/catalogue.hpp"
#include "kpi/published.hpp"
#include "kpi/published_survey.hpp"

namespace candour {

// `in_language`: the catalogue read in that language (same ids, same
// groups in the same order). Downloads are made from the figures as
// published, never from this copy.
// `survey_in_language`: the interview ratings' breakdowns read so too.
PublishedKpi published_in_language(const PublishedKpi& kpi, const Catalogue& in_language,
                                   const std::vector<SurveyBreakdown>& survey_in_language);

}  // namespace candour
