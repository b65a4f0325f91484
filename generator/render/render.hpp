#pragma once
// Stage: Markdown to HTML, view models through the theme, plus the sitemap.
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "charts/charts.hpp"
#include "diagnostics/diagnostics.hpp"
#include "io/output_file.hpp"
#include "kpi/published.hpp"
#include "load/load.hpp"
#include "model/routes.hpp"
#include "render/page_sink.hpp"

namespace candour {

// Pages kept from an earlier build by `candour serve` (serve/build_cache.hpp).
// A page's bytes depend only on the templates, its layout and its view model,
// so an implementation that compares all three gives exactly what rendering
// again would. Called from several threads at once.
class PageCache {
public:
    virtual ~PageCache() = default;
    // `shared`: the data every page sees besides its view model (the theme's words).
    virtual void start_build(const TemplateSet& templates, const nlohmann::json& shared) = 0;
    // The page at `path`: remembered bytes when `layout` and `view` are as
    // they were, otherwise `render()`.
    virtual std::string page(const std::string& path, const std::string& layout, const nlohmann::json& view,
                             const std::function<std::string()>& render) = 0;
};

// One of a bilingual site's other languages (load/language_tree.hpp): its
// pages and their charts are made beside the default language's.
struct LanguagePages {
    const SourceTree* tree = nullptr;
    const Routes* routes = nullptr;
    const PublishedKpi* kpi = nullptr;  // the same figures, with the catalogue's words in the language
};

// Every file of the site, sorted by path: the model stage, the chart stage
// and the pages (site_model.hpp, site_charts.hpp, page_render.hpp), then
// downloads, sitemap, feed and assets. Pages are modelled and rendered on
// `jobs` threads (0: one per core); the result does not depend on the count.
// Charts are drawn between the two, as `charts` says. Every page goes
// through `sink` when there is one. Spreadsheets made by an earlier build
// are taken from `spreadsheet_cache` (a folder; empty: made every time).
std::vector<OutputFile> render_site(const SourceTree& tree, const Routes& routes, const PublishedKpi& kpi,
                                    Diagnostics& diags, int jobs = 0, const ChartOptions& charts = {},
                                    ChartStats* chart_stats = nullptr, PageCache* cache = nullptr,
                                    const PageSink& sink = {}, const std::string& spreadsheet_cache = {},
                                    const std::vector<LanguagePages>& other_languages = {});

// sitemap.xml and robots.txt for the published pages, in every language
// (`other_languages`), each page with its translations as alternates.
std::vector<OutputFile> render_sitemap(const SourceTree& tree, const Routes& routes,
                                       const std::vector<const Routes*>& other_languages = {});

}  // namespace candour
