#pragma once
// Drawings into a page's view model: each chart's SVGs where its view names
// its request, and the narrative's charts rendered into the narrative.
#include <nlohmann/json.hpp>

#include "render/page_renderer.hpp"
#include "render/site_charts.hpp"
#include "render/site_model.hpp"

namespace candour {

// Gives each chart view model in `view` (an object with chart_drawing_key)
// its svg_html and narrow_svg_html. A drawing that failed is left empty.
void place_drawings(nlohmann::json& view, const PageModel& page, std::size_t page_index, const SiteDrawings& drawings);

// The narrative's HTML with each chart's kpi-chart partial in its place.
std::string body_with_charts(BodyParts& body, const PageModel& page, std::size_t page_index,
                             const SiteDrawings& drawings, PageRenderer& renderer);

}  // namespace candour
