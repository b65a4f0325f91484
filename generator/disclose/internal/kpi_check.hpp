#pragma once
// KPI tables against the catalogue: unknown indicators, breakdowns and
// groups, wrong periods and units, duplicates, impossible percentages, gaps.
#include "diagnostics/diagnostics.hpp"
#include "disclose/internal/guard.hpp"
#include "disclose/internal/raw_kpi.hpp"

namespace candour {

void validate_kpi(const RawKpi& kpi, Diagnostics& diags);

}  // namespace candour
