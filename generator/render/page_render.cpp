#include "render/page_render.hpp"

#include <memory>

#include "io/parallel.hpp"
#include "render/chart_placement.hpp"
#include "render/page_renderer.hpp"

namespace candour {

std::vector<OutputFile> render_pages(const TemplateSet& templates, SiteModel& site, const SiteDrawings& drawings,
                                     int jobs, PageCache* cache) {
    if (cache) cache->start_build(templates);
    int workers = worker_count(jobs, site.pages.size());
    std::vector<std::unique_ptr<PageRenderer>> renderers(static_cast<std::size_t>(workers));
    std::vector<OutputFile> files(site.pages.size());
    parallel_for(site.pages.size(), workers, [&](std::size_t i, int worker) {
        auto& renderer = renderers[static_cast<std::size_t>(worker)];
        if (!renderer) renderer = std::make_unique<PageRenderer>(templates);
        PageModel& page = site.pages[i];
        nlohmann::json view = std::move(page.view);
        if (!page.body.charts.empty())
            view["page"]["content_html"] = body_with_charts(page.body, page, i, drawings, *renderer);
        place_drawings(view, page, i, drawings);
        auto render_page = [&] { return renderer->render(page.layout, view); };
        files[i] = {page.output_path,
                    cache ? cache->page(page.output_path, page.layout, view, render_page) : render_page()};
        page = PageModel{};  // its part of the model is done with
    });
    return files;
}

}  // namespace candour
