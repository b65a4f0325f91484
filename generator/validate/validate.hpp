#pragma once
// Stage 2: cross-references between files that each loaded cleanly on their
// own: layouts and partials that exist, navigation that points at pages.
#include "diagnostics/diagnostics.hpp"
#include "kpi/published.hpp"
#include "kpi/raw_observation.hpp"
#include "load/load.hpp"
#include "model/routes.hpp"

namespace candour {

void validate(const SourceTree& tree, const Routes& routes, const PublishedKpi& kpi, Diagnostics& diags);

// KPI tables against the catalogue: unknown indicators, breakdowns and
// groups, wrong periods and units, duplicates, impossible percentages, gaps.
void validate_kpi(const RawKpi& kpi, Diagnostics& diags);

}  // namespace candour
