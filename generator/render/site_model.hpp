#pragma once
// The model stage as the pipeline runs it: every page's view model and the
// charts it asks for, with nothing drawn. The chart stage then draws every
// request (site_charts.hpp) and render_pages puts templates, models and
// drawings together (page_render.hpp). A page that asks for no chart waits
// for nothing, so it is rendered here, as soon as its model is made: at
// 10,000 pages the models held until the chart stage were most of the
// build's peak memory, and a page's HTML is less than half its model.
//
// It lives in render/ rather than model/ because a page's narrative is part
// of its model, and turning Markdown into HTML (links checked against every
// page's headings, figures placed through the theme's KPI partials) is
// render's: model/ builds the JSON around it.
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "charts/chart_request.hpp"
#include "diagnostics/diagnostics.hpp"
#include "io/output_file.hpp"
#include "kpi/published.hpp"
#include "load/load.hpp"
#include "model/routes.hpp"
#include "render/markdown_document.hpp"
#include "render/page_sink.hpp"

namespace candour {

// A narrative with charts in it: the HTML between them, and each chart's
// view model (the kpi-chart partial's data). parts.size() == charts.size() + 1.
struct BodyParts {
    std::vector<std::string> html;
    std::vector<nlohmann::json> charts;
};

// One page, ready to render once its charts are drawn; or rendered already.
struct PageModel {
    std::string output_path;
    std::string layout;
    std::optional<OutputFile> file;       // the page, when it has no charts (given to the sink); `view` is then null
    nlohmann::json view;                  // page.content_html is empty when `body` has charts
    BodyParts body;                       // empty unless the narrative places charts
    std::vector<ChartRequest> charts;     // in the order the page places them
    std::vector<OutputFile> chart_files;  // each chart's CSV and Vega-Lite downloads
};

struct SiteModel {
    // False when a layout is missing or partials loop (validate reported
    // it): the narratives were still read, for their errors, but no page
    // has a view model and nothing can be rendered.
    bool renderable = false;
    std::vector<PageModel> pages;  // as routes.pages
    nlohmann::json shared;         // what every page sees besides its own model: the theme's words
    // Each page's parsed narrative (its headings), by content path: a link
    // from another language's page to a page not translated is checked
    // against it. Kept only on a site with several languages.
    std::shared_ptr<std::vector<std::optional<MarkdownDocument>>> documents;
    std::map<std::string, const MarkdownDocument*> by_path;
};

class PageCache;

// Pages are modelled on `jobs` threads (0: one per core); the result does not
// depend on the count. Pages without charts are rendered through `cache`
// when there is one (its build is started here), and given to `sink`.
// `fallback`: the default language's model, for another language's.
SiteModel build_site_model(const SourceTree& tree, const Routes& routes, const PublishedKpi& kpi, Diagnostics& diags,
                           int jobs = 0, PageCache* cache = nullptr, const PageSink& sink = {},
                           const SiteModel* fallback = nullptr);

}  // namespace candour
