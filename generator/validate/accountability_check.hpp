#pragma once
// Checks across files for findings: related indicators must be in the KPI
// catalogue, as their pages are linked.
#include "accountability/accountability.hpp"
#include "diagnostics/diagnostics.hpp"
#include "kpi/catalogue.hpp"

namespace candour {

// `catalogue` is null when the site has no KPI data.
void check_accountability(const Accountability& a, const Catalogue* catalogue, Diagnostics& diags);

}  // namespace candour
