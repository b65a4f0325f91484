#include "render/site_model.hpp"

#include <cctype>
#include <map>
#include <memory>
#include <optional>

#include "charts/page_charts.hpp"
#include "io/parallel.hpp"
#include "load/partial_cycles.hpp"
#include "markdown/markdown_init.hpp"
#include "model/theme_text.hpp"
#include "model/view_model.hpp"
#include "render/chart_embeds.hpp"
#include "render/data_markdown_check.hpp"
#include "render/kpi_embeds.hpp"
#include "render/link_resolver.hpp"
#include "render/markdown_document.hpp"
#include "render/page_render.hpp"
#include "render/page_renderer.hpp"

namespace candour {

namespace {

// Parses the page's narrative and renders it; only its headings are kept
// (for the links to it that other pages make, checked once every page is
// parsed).
RenderedBody render_body(const SourceTree& tree, std::optional<MarkdownDocument>& doc, const Route& route,
                         const LinkResolver& links, KpiEmbeds* figures, ChartEmbeds* embeds, Diagnostics& diags) {
    RenderedBody body;
    if (!route.file) return body;
    doc.emplace(*route.file, tree.config.unsafe_html, diags);
    body.html = doc->render_html(route, links, embeds, diags, &tree.templates.messages);
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

// The narrative's HTML cut at each chart's slot.
BodyParts split_body(const std::string& html, std::vector<nlohmann::json> charts) {
    BodyParts parts;
    std::size_t from = 0;
    for (auto at = html.find(chart_slot); at != std::string::npos; at = html.find(chart_slot, from)) {
        parts.html.push_back(html.substr(from, at - from));
        from = at + chart_slot.size();
    }
    parts.html.push_back(html.substr(from));
    parts.charts = std::move(charts);
    return parts;
}

// The theme's chart colours, or nothing when they are the default theme's
// (the builders' own): then no chart is copied to be recoloured.
std::optional<chart_style::Palette> theme_palette(const ChartColours& c) {
    chart_style::Palette p;
    for (const auto& s : c.series) p.series.push_back(s.value);
    p.text = c.text.value;
    p.secondary_text = c.secondary_text.value;
    p.axis = c.axis.value;
    p.grid = c.grid.value;
    p.background = c.background.value;
    auto upper = [](std::string s) {
        for (char& ch : s) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        return s;
    };
    const chart_style::Palette& d = chart_style::default_palette();
    bool same = p.series.size() == d.series.size();
    for (std::size_t i = 0; same && i < p.series.size(); ++i) same = upper(p.series[i]) == d.series[i];
    same = same && upper(p.text) == d.text && upper(p.secondary_text) == d.secondary_text && upper(p.axis) == d.axis &&
           upper(p.grid) == d.grid && upper(p.background) == d.background;
    // Settings that failed to load (reported) leave a colour empty: keep the default's.
    bool complete = p.series.size() == d.series.size() && !p.text.empty() && !p.secondary_text.empty() &&
                    !p.axis.empty() && !p.grid.empty() && !p.background.empty();
    if (same || !complete) return std::nullopt;
    return p;
}

}  // namespace

SiteModel build_site_model(const SourceTree& tree, const Routes& routes, const PublishedKpi& kpi, Diagnostics& diags,
                           int jobs, PageCache* cache, const PageSink& sink, const SiteModel* fallback) {
    int workers = worker_count(jobs, routes.pages.size());
    init_markdown();
    auto documents = std::make_shared<std::vector<std::optional<MarkdownDocument>>>(routes.pages.size());
    auto& docs = *documents;
    const std::string base_path = path_of_base_url(tree.config.base_url);
    LinkResolver links(routes, base_path);
    check_data_markdown(tree.accountability, links, diags);

    // A missing layout or a loop of partials was reported by validate; read
    // the narratives anyway so that one run still reports every broken link.
    SiteModel site;
    site.renderable = templates_ready(tree.templates, routes);
    site.shared = shared_view(tree.templates.messages, tree.config);
    const std::optional<chart_style::Palette> palette = theme_palette(tree.templates.settings.chart_colours);
    if (cache) cache->start_build(tree.templates, site.shared);
    site.pages.resize(routes.pages.size());
    // The KPI blocks' tables and headlines are the theme's partials, so each
    // thread has its own renderer for them (Mustache is not thread-safe).
    std::vector<std::unique_ptr<PageRenderer>> renderers(static_cast<std::size_t>(workers));
    parallel_for(routes.pages.size(), workers, [&](std::size_t i, int worker) {
        const Route& route = routes.pages[i];
        if (!site.renderable) {
            render_body(tree, docs[i], route, links, nullptr, nullptr, diags);
            return;
        }
        auto& renderer = renderers[static_cast<std::size_t>(worker)];
        if (!renderer) renderer = std::make_unique<PageRenderer>(tree.templates, site.shared);
        PageCharts charts(route.url, tree.templates.messages, palette ? &*palette : nullptr);
        KpiEmbeds figures(kpi, *renderer,
                          [&](const std::string& id) { return link_to_indicator(routes, route, id, base_path); });
        ChartEmbeds embeds(figures, kpi, ChartPage{charts});
        RenderedBody body = render_body(tree, docs[i], route, links, &figures, &embeds, diags);
        PageModel& page = site.pages[i];
        page.output_path = route.output_path;
        page.layout = route.layout;
        page.view = build_view_model(tree, routes, kpi, i, body, &charts);
        if (auto placed = embeds.take_charts(); !placed.empty()) {
            page.body = split_body(body.html, std::move(placed));
            page.view["page"]["content_html"] = "";
        }
        page.charts = charts.take_requests();
        page.chart_files = charts.take_downloads();
        if (page.charts.empty() && page.body.charts.empty()) {
            page.file =
                OutputFile{page.output_path, render_page(*renderer, page.output_path, page.layout, page.view, cache)};
            page.view = nullptr;
            if (sink) sink(*page.file);
        }
    });
    std::map<std::string, const MarkdownDocument*> by_path;
    for (std::size_t i = 0; i < docs.size(); ++i) {
        if (docs[i]) by_path[routes.pages[i].file->content_path()] = &*docs[i];
    }
    std::map<std::string, const MarkdownDocument*> reachable = by_path;
    if (fallback) reachable.insert(fallback->by_path.begin(), fallback->by_path.end());  // the own page first
    links.check_anchors(reachable, diags);
    if (tree.config.languages.size() > 1) {
        site.documents = std::move(documents);
        site.by_path = std::move(by_path);
    }
    return site;
}

}  // namespace candour
