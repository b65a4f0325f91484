#include "render/site_charts.hpp"

namespace candour {

ChartDrawing SiteDrawings::of(std::size_t page, std::size_t request) const {
    std::size_t wide = first_of_page_.at(page) + 2 * request;
    return {drawings_->svg(wide), drawings_->svg(wide + 1)};
}

std::vector<SiteDrawings> draw_sites_charts(const std::vector<const SiteModel*>& sites, const ChartOptions& options,
                                            Diagnostics& diags, ChartStats* stats) {
    // Every page's requests, wide then narrow, page after page: a request's
    // drawings are found again by position.
    std::vector<SpecToDraw> specs;
    std::vector<std::vector<std::size_t>> first_of_page(sites.size());
    for (std::size_t s = 0; s < sites.size(); ++s) {
        for (const auto& page : sites[s]->pages) {
            first_of_page[s].push_back(specs.size());
            for (const auto& r : page.charts) {
                specs.push_back({&r.spec, r.origin});
                specs.push_back({&r.narrow_spec, r.origin});
            }
        }
    }
    auto drawings = std::make_shared<const Drawings>(draw_charts(specs, options, diags, stats));
    std::vector<SiteDrawings> out;
    for (auto& first : first_of_page) out.emplace_back(drawings, std::move(first));
    return out;
}

SiteDrawings draw_site_charts(const SiteModel& site, const ChartOptions& options, Diagnostics& diags,
                              ChartStats* stats) {
    return std::move(draw_sites_charts({&site}, options, diags, stats).front());
}

}  // namespace candour
