#pragma once
// A small site whose KPI data (support/chart_kpi) has hidden, provisional
// and revised figures, for whole-site chart tests.
#include "support/site_fixture.hpp"

namespace candour::testing {

// minimal_site() with the chart test figures and, when `report_body` is
// given, a report page content/reports/r.md ("---\ntitle: Report\n---\n"
// then the body, which starts on line 4).
Files chart_site(const std::string& report_body = "");

}  // namespace candour::testing
