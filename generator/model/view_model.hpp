#pragma once
// The JSON each template sees. Only this file decides its shape; templates
// are logic-less, so anything they need to decide is computed here.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "kpi/published.hpp"
#include "load/load.hpp"
#include "model/routes.hpp"

namespace candour {

struct RenderedBody {
    std::string html;
    std::vector<std::pair<std::string, std::string>> toc;  // (id, text) of each h2
    bool has_kpi = false;                                  // figures were placed in the narrative
    bool has_charts = false;                               // charts were placed in the narrative
};

class PageCharts;

// The Content-Security-Policy every page carries: nothing from other origins
// and no inline script. `webassembly` (the search page only) lets the
// site's own scripts compile WebAssembly, which the search index needs.
std::string content_security_policy(bool webassembly = false);

// The search page's scripts, relative to the assets folder, loaded as modules.
const std::vector<std::string>& search_scripts();

// With `charts`, pages show charts (indicator pages a trend and breakdowns),
// each asked for in `charts` and named in the view by its request (see
// chart_view.hpp). Draws nothing and renders nothing.
nlohmann::json build_view_model(const SourceTree& tree, const Routes& routes, const PublishedKpi& kpi,
                                std::size_t page_index, const RenderedBody& body, PageCharts* charts = nullptr);

// The scripts that turn static charts into interactive ones, relative to
// the assets folder, in the order they load (site.yaml: charts.interactive).
const std::vector<std::string>& interactive_chart_scripts();

// Relative address of an indicator's page from `from`.
std::string link_to_indicator(const Routes& routes, const Route& from, const std::string& id,
                              const std::string& base_path);

// JSON for a <script type="application/ld+json"> element: '<', '>' and '&'
// are escaped so the data can never close the element.
std::string json_for_script(const nlohmann::json& data);

}  // namespace candour
