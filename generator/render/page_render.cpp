#include "render/page_render.hpp"

#include <memory>

#include "io/parallel.hpp"
#include "render/chart_placement.hpp"
#include "render/page_renderer.hpp"

namespace candour {

std::string render_page(PageRenderer& renderer, const std::string& output_path, const std::string& layout,
                        const nlohmann::json& view, PageCache* cache) {
    auto render = [&] { return renderer.render(layout, view); };
    return cache ? cache->page(output_path, layout, view, render) : render();
}

std::vector<OutputFile> render_pages(const TemplateSet& templates, SiteModel& site, const SiteDrawings& drawings,
                                     int jobs, PageCache* cache, const PageSink& sink) {
    int workers = worker_count(jobs, site.pages.size());
    std::vector<std::unique_ptr<PageRenderer>> renderers(static_cast<std::size_t>(workers));
    std::vector<OutputFile> files(site.pages.size());
    parallel_for(site.pages.size(), workers, [&](std::size_t i, int worker) {
        PageModel& page = site.pages[i];
        if (page.file) {
            files[i] = std::move(*page.file);
            page = PageModel{};
            return;
        }
        auto& renderer = renderers[static_cast<std::size_t>(worker)];
        if (!renderer) renderer = std::make_unique<PageRenderer>(templates, site.shared);
        nlohmann::json view = std::move(page.view);
        if (!page.body.charts.empty())
            view["page"]["content_html"] = body_with_charts(page.body, page, i, drawings, *renderer);
        place_drawings(view, page, i, drawings);
        files[i] = {page.output_path, render_page(*renderer, page.output_path, page.layout, view, cache)};
        if (sink) sink(files[i]);
        page = PageModel{};  // its part of the model is done with
    });
    return files;
}

}  // namespace candour
