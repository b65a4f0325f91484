#include "render/site_charts.hpp"

namespace candour {

ChartDrawing SiteDrawings::of(std::size_t page, std::size_t request) const {
    std::size_t wide = first_of_page_.at(page) + 2 * request;
    return {drawings_.svg(wide), drawings_.svg(wide + 1)};
}

SiteDrawings draw_site_charts(const SiteModel& site, const ChartOptions& options, Diagnostics& diags,
                              ChartStats* stats) {
    // Every page's requests, wide then narrow, page after page: a request's
    // drawings are found again by position.
    std::vector<SpecToDraw> specs;
    std::vector<std::size_t> first_of_page;
    for (const auto& page : site.pages) {
        first_of_page.push_back(specs.size());
        for (const auto& r : page.charts) {
            specs.push_back({&r.spec, r.origin});
            specs.push_back({&r.narrow_spec, r.origin});
        }
    }
    return {draw_charts(specs, options, diags, stats), std::move(first_of_page)};
}

}  // namespace candour
