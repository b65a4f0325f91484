#pragma once
// Disclosure control over the KPI tables: primary suppression of each cell,
// then secondary suppression over the sums that join them.
#include "disclose/internal/guard.hpp"

#include "disclose/disclosure_log.hpp"
#include "disclose/internal/raw_kpi.hpp"
#include "kpi/published.hpp"
#include "load/site_config.hpp"

namespace candour {

PublishedKpi disclose(const RawKpi& raw, const DisclosureRules& rules, DisclosureLog* log = nullptr);

}  // namespace candour
