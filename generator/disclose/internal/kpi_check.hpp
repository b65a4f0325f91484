#pragma once
// KPI tables against the catalogue: unknown indicators, breakdowns and
// groups, wrong periods and units, duplicates, impossible percentages, gaps.
#include "disclose/internal/guard.hpp"
#include "disclose/internal/raw_kpi.hpp"
#include "diagnostics/diagnostics.hpp"

namespace candour {

void validate_kpi(const RawKpi& kpi, Diagnostics& diags);

}  // namespace candour
