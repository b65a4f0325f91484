#pragma once
// What charts add to the site besides the pages: each chart's CSV and
// Vega-Lite downloads beside its page and, when site.yaml asks for
// interactive charts, the scripts.
#include <vector>

#include "charts/charts.hpp"
#include "load/site_config.hpp"
#include "render/site_model.hpp"

namespace candour {

// Moves every page's chart downloads out of `site`, and adds the scripts.
std::vector<OutputFile> take_chart_files(SiteModel& site, const SiteConfig& config, const ChartOptions& options,
                                         Diagnostics& diags);

}  // namespace candour
