#pragma once
// Rows for periods that have not started (kpi/future_period.hpp): one
// located error for each period in each file, at its first row's cell.
#include "diagnostics/diagnostics.hpp"
#include "disclose/internal/guard.hpp"
#include "disclose/internal/raw_kpi.hpp"
#include "disclose/internal/survey_load.hpp"
#include "kpi/future_period.hpp"

namespace candour {

void check_future_periods(const RawKpi& kpi, const RawSurvey& survey, const FuturePeriodRule& rule, Diagnostics& diags);

}  // namespace candour
