#include "render/render.hpp"

#include <fmt/format.h>

#include <map>
#include <memory>
#include <optional>
#include <set>

#include "audit/disclosure_metadata.hpp"
#include "io/parallel.hpp"
#include "kpi/published_survey.hpp"
#include "load/partial_cycles.hpp"
#include "markdown/markdown_init.hpp"
#include "model/view_model.hpp"
#include "render/chart_embeds.hpp"
#include "render/chart_files.hpp"
#include "render/data_markdown_check.hpp"
#include "render/feed.hpp"
#include "render/kpi_downloads.hpp"
#include "render/kpi_embeds.hpp"
#include "render/link_resolver.hpp"
#include "render/markdown_document.hpp"
#include "render/page_renderer.hpp"

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

std::vector<std::optional<MarkdownDocument>> parse_all(const SourceTree& tree, const Routes& routes, Diagnostics& diags,
                                                       int workers) {
    init_markdown();
    std::vector<std::optional<MarkdownDocument>> docs(routes.pages.size());
    parallel_for(routes.pages.size(), workers, [&](std::size_t i, int) {
        if (const ContentFile* file = routes.pages[i].file) {
            docs[i].emplace(*file, tree.config.unsafe_html, diags);
            docs[i]->release_tree();  // its headings are kept; parsed again when rendered
        }
    });
    return docs;
}

RenderedBody render_body(std::optional<MarkdownDocument>& doc, const Route& route, const LinkResolver& links,
                         KpiEmbeds* figures, ChartEmbeds* embeds, Diagnostics& diags) {
    RenderedBody body;
    if (!doc) return body;
    doc->parse_again();
    body.html = doc->render_html(route, links, embeds, diags);
    doc->release_tree();
    body.has_charts = embeds && embeds->used();
    body.has_kpi = (figures && figures->used()) || body.has_charts;
    for (const auto& h : doc->headings()) {
        if (h.level == 2) body.toc.emplace_back(h.id, h.text);
    }
    return body;
}

bool templates_ready(const TemplateSet& templates, const Routes& routes) {
    if (!templates.layouts.count("base")) return false;
    if (!partial_cycles(templates).empty()) return false;  // Mustache would expand the loop for ever
    for (const auto& r : routes.pages) {
        if (!templates.layouts.count(r.layout)) return false;
    }
    return true;
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

std::vector<OutputFile> render_site(const SourceTree& tree, const Routes& routes, const PublishedKpi& kpi,
                                    Diagnostics& diags, int jobs, const ChartOptions& chart_options,
                                    ChartStats* chart_stats, PageCache* cache) {
    if (cache) cache->start_build(tree.templates);
    int workers = worker_count(jobs, routes.pages.size());
    auto docs = parse_all(tree, routes, diags, workers);
    std::map<std::string, const MarkdownDocument*> by_path;
    for (std::size_t i = 0; i < docs.size(); ++i) {
        if (docs[i]) by_path[routes.pages[i].file->content_path()] = &*docs[i];
    }
    LinkResolver links(routes, by_path, path_of_base_url(tree.config.base_url));
    check_data_markdown(tree.accountability, links, diags);

    // A missing layout or a loop of partials was reported by validate; render
    // bodies anyway so that one run still reports every broken link.
    bool render_templates = templates_ready(tree.templates, routes);
    std::vector<std::unique_ptr<PageRenderer>> renderers(static_cast<std::size_t>(workers));
    std::vector<OutputFile> files(routes.pages.size());
    const std::string base_path = path_of_base_url(tree.config.base_url);
    ChartCollector charts(renderer_salt(chart_options.charts_dir));
    parallel_for(routes.pages.size(), workers, [&](std::size_t i, int worker) {
        const Route& route = routes.pages[i];
        auto& renderer = renderers[static_cast<std::size_t>(worker)];
        if (!renderer) renderer = std::make_unique<PageRenderer>(tree.templates);
        std::optional<KpiEmbeds> figures;
        std::optional<ChartEmbeds> embeds;
        if (render_templates) {
            figures.emplace(kpi, *renderer,
                            [&](const std::string& id) { return link_to_indicator(routes, route, id, base_path); });
            embeds.emplace(*figures, kpi, *renderer, ChartPage{charts, route.url});
        }
        RenderedBody body =
            render_body(docs[i], route, links, figures ? &*figures : nullptr, embeds ? &*embeds : nullptr, diags);
        if (!render_templates) return;
        nlohmann::json view = build_view_model(tree, routes, kpi, i, body, &charts);
        auto render_page = [&] { return renderer->render(route.layout, view); };
        files[i] = {route.output_path,
                    cache ? cache->page(route.output_path, route.layout, view, render_page) : render_page()};
    });
    if (!render_templates) return {};
    add_chart_files(files, charts, tree.config, chart_options, diags, chart_stats);
    for (auto& f : render_kpi_downloads(kpi, {tree.config.spreadsheets ? &tree.config : nullptr, &tree.releases}, jobs))
        files.push_back(std::move(f));
    if (kpi.present || (kpi.survey && !kpi.survey->tables.empty())) {
        files.push_back({disclosure_metadata_file, disclosure_metadata_json(disclosure_metadata_of(kpi, tree.config))});
    }

    for (auto& f : render_sitemap(tree, routes)) files.push_back(std::move(f));
    for (auto& f : render_release_files(tree, routes, kpi)) files.push_back(std::move(f));
    for (const auto& asset : tree.templates.assets) files.push_back({asset.output_path, asset.bytes});
    add_documents(files, tree.accountability, diags);
    std::sort(files.begin(), files.end(), [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
    return files;
}

}  // namespace candour
