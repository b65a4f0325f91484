#pragma once
// Stage: disclosure control. The only code that sees raw KPI figures; what
// it returns holds published values or symbols, never a raw number, so no
// later stage can leak one.
#include "diagnostics/diagnostics.hpp"
#include "kpi/published.hpp"
#include "kpi/raw_observation.hpp"

namespace candour {

struct DisclosureRules {
    int min_count = 5;  // counts from 1 to min_count - 1 are shown as [c]
    int min_base = 10;  // percentages, medians and scores with a smaller base are shown as [c]
};

PublishedKpi disclose(const RawKpi& raw, const DisclosureRules& rules);

}  // namespace candour
