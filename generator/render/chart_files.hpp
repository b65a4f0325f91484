#pragma once
// What charts add to the site once every page is rendered: each page's SVGs
// in place of its markers, each chart's CSV and Vega-Lite downloads beside
// its page, and, when site.yaml asks for interactive charts, the scripts.
#include <vector>

#include "charts/charts.hpp"
#include "load/site_config.hpp"
#include "render/render.hpp"

namespace candour {

void add_chart_files(std::vector<OutputFile>& files, const ChartCollector& charts, const SiteConfig& config,
                     const ChartOptions& options, Diagnostics& diags, ChartStats* stats);

}  // namespace candour
