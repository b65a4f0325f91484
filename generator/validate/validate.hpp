#pragma once
// Stage 2: cross-references between files that each loaded cleanly on their
// own: layouts and partials that exist, navigation that points at pages.
#include "diagnostics/diagnostics.hpp"
#include "kpi/published.hpp"
#include "load/load.hpp"
#include "model/routes.hpp"

namespace candour {

void validate(const SourceTree& tree, const Routes& routes, const PublishedKpi& kpi, Diagnostics& diags);

}  // namespace candour
