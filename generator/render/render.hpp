#pragma once
// Stage: Markdown to HTML, view models through the theme, plus the sitemap.
#include <string>
#include <vector>

#include "charts/charts.hpp"
#include "diagnostics/diagnostics.hpp"
#include "kpi/published.hpp"
#include "load/load.hpp"
#include "model/routes.hpp"

namespace candour {

struct OutputFile {
    std::string path;  // relative to the output folder
    std::string bytes;
};

// Every file of the site, sorted by path. Pages are rendered on `jobs`
// threads (0: one per core); the result does not depend on the count.
// Charts are drawn after every page is rendered, as `charts` says.
std::vector<OutputFile> render_site(const SourceTree& tree, const Routes& routes, const PublishedKpi& kpi,
                                    Diagnostics& diags, int jobs = 0, const ChartOptions& charts = {},
                                    ChartStats* chart_stats = nullptr);

// sitemap.xml and robots.txt for the published pages.
std::vector<OutputFile> render_sitemap(const SourceTree& tree, const Routes& routes);

}  // namespace candour
