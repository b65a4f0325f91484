#pragma once
// Derived figures for one series, worked out from published figures only:
// the latest value, the change on the previous period and on the same
// period last year (in words, judged by the indicator's polarity), and the
// rolling twelve-month total for counts.
#include "disclose/internal/guard.hpp"
#include "kpi/published.hpp"

namespace candour {

std::optional<SeriesSummary> summarise(const PublishedSeries& series, const Indicator& ind);

}  // namespace candour
