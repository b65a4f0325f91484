#pragma once
#include <memory>
// The chart stage over a whole site: every page's chart requests drawn in
// one go (each distinct spec once, the cache first, then the renderers), so
// Node.js starts at most once a build per renderer process.
#include <string>
#include <vector>

#include "charts/charts.hpp"
#include "render/site_model.hpp"

namespace candour {

// The two drawings of one chart request, tidied (see place_svg); null where
// a drawing failed, which an error has reported.
struct ChartDrawing {
    const std::string* wide = nullptr;
    const std::string* narrow = nullptr;
};

class SiteDrawings {
public:
    SiteDrawings() = default;
    SiteDrawings(std::shared_ptr<const Drawings> drawings, std::vector<std::size_t> first_of_page)
        : drawings_(std::move(drawings)), first_of_page_(std::move(first_of_page)) {}

    // Request `request` of page `page`.
    ChartDrawing of(std::size_t page, std::size_t request) const;

private:
    std::shared_ptr<const Drawings> drawings_;  // shared by the languages of one site
    std::vector<std::size_t> first_of_page_;    // index of each page's first request's wide spec
};

SiteDrawings draw_site_charts(const SiteModel& site, const ChartOptions& options, Diagnostics& diags,
                              ChartStats* stats = nullptr);
// The same for each language of a bilingual site, drawn in one go.
std::vector<SiteDrawings> draw_sites_charts(const std::vector<const SiteModel*>& sites, const ChartOptions& options,
                                            Diagnostics& diags, ChartStats* stats = nullptr);

}  // namespace candour
