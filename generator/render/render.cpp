#include "render/render.hpp"

#include <fmt/format.h>

#include <map>
#include <memory>
#include <optional>
#include <set>

#include "audit/disclosure_metadata.hpp"
#include "kpi/published_survey.hpp"
#include "render/chart_files.hpp"
#include "render/feed.hpp"
#include "render/kpi_downloads.hpp"
#include "render/page_render.hpp"
#include "render/site_charts.hpp"
#include "render/site_model.hpp"

namespace candour {

namespace {

// What a reader may know besides the figures: published beside the downloads.
DisclosureMetadata disclosure_metadata_of(const PublishedKpi& kpi, const SiteConfig& config) {
    std::vector<std::string> themes;
    if (kpi.survey) {
        for (const auto& t : kpi.survey->tables) themes.push_back(t.theme);
    }
    const DisclosureRules& rules = config.disclosure;
    DisclosureMetadata meta = make_disclosure_metadata(kpi.catalogue, rules.method == DisclosureRules::Method::round,
                                                       rules.rounding_base, rules.protection_width, themes);
    if (kpi.survey) meta.survey_breakdowns = kpi.survey->breakdowns;
    for (const auto& [release, files] : kpi.editions) meta.editions.push_back({release, files});
    return meta;
}

// Response letters kept in the site folder, published as they are. One
// that would take the place of a page or another file is an error.
void add_documents(std::vector<OutputFile>& files, const Accountability& a, Diagnostics& diags) {
    std::set<std::string> taken;
    for (const auto& f : files) taken.insert(f.path);
    for (const auto& d : a.documents) {
        if (!taken.insert(d.output_path).second) {
            diags.error(d.pos,
                        fmt::format("the response letter would be published as '{}', which the site already has",
                                    d.output_path),
                        "rename the letter, or move it to a folder of its own such as static/letters/");
            continue;
        }
        files.push_back({d.output_path, d.bytes});
    }
}

}  // namespace

// The stages in order: the model (every page's view model and chart
// requests), the charts (every request drawn), then the pages (templates,
// models and drawings), and the files that are not pages.
std::vector<OutputFile> render_site(const SourceTree& tree, const Routes& routes, const PublishedKpi& kpi,
                                    Diagnostics& diags, int jobs, const ChartOptions& chart_options,
                                    ChartStats* chart_stats, PageCache* cache, const PageSink& sink,
                                    const std::string& spreadsheet_cache,
                                    const std::vector<LanguagePages>& other_languages) {
    SiteModel site = build_site_model(tree, routes, kpi, diags, jobs, cache, sink);
    if (!site.renderable) return {};
    // The other languages' pages are modelled without the cache, which
    // knows one set of templates and words.
    std::vector<SiteModel> others;
    std::vector<const SiteModel*> models{&site};
    for (const auto& l : other_languages)
        others.push_back(build_site_model(*l.tree, *l.routes, *l.kpi, diags, jobs, nullptr, sink, &site));
    for (const auto& m : others) {
        if (!m.renderable) return {};
        models.push_back(&m);
    }
    std::vector<SiteDrawings> drawings = draw_sites_charts(models, chart_options, diags, chart_stats);
    std::vector<OutputFile> files;
    for (std::size_t i = 0; i < models.size(); ++i) {
        const SourceTree& t = i == 0 ? tree : *other_languages[i - 1].tree;
        SiteModel& m = i == 0 ? site : others[i - 1];
        std::vector<OutputFile> chart_files = take_chart_files(m, t.config, chart_options, diags);
        for (auto& f : render_pages(t.templates, m, drawings[i], jobs, i == 0 ? cache : nullptr, sink))
            files.push_back(std::move(f));
        for (auto& f : chart_files) files.push_back(std::move(f));
    }
    for (auto& f : render_kpi_downloads(
             kpi, {tree.config.spreadsheets ? &tree.config : nullptr, &tree.releases, spreadsheet_cache}, jobs))
        files.push_back(std::move(f));
    if (kpi.present || (kpi.survey && !kpi.survey->tables.empty())) {
        files.push_back({disclosure_metadata_file, disclosure_metadata_json(disclosure_metadata_of(kpi, tree.config))});
    }

    std::vector<const Routes*> other_routes;
    for (const auto& l : other_languages) other_routes.push_back(l.routes);
    for (auto& f : render_sitemap(tree, routes, other_routes)) files.push_back(std::move(f));
    for (auto& f : render_release_files(tree, routes, kpi)) files.push_back(std::move(f));
    for (const auto& asset : tree.templates.assets) files.push_back({asset.output_path, asset.bytes});
    add_documents(files, tree.accountability, diags);
    std::sort(files.begin(), files.end(), [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
    return files;
}

}  // namespace candour
