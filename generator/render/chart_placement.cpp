#include "render/chart_placement.hpp"

#include "charts/svg_tidy.hpp"
#include "model/chart_view.hpp"

namespace candour {

using nlohmann::json;

namespace {

void place_one(json& chart, const ChartRequest& r, const ChartDrawing& d) {
    chart["svg_html"] = d.wide ? place_svg(*d.wide, r.id, r.title, r.description) : "";
    chart["narrow_svg_html"] = d.narrow ? place_svg(*d.narrow, r.id + "-narrow", r.title, r.description) : "";
    chart.erase(chart_drawing_key);
}

void place_in(json& node, const PageModel& page, std::size_t page_index, const SiteDrawings& drawings) {
    if (node.is_object()) {
        if (auto at = node.find(chart_drawing_key); at != node.end() && at->is_number_unsigned()) {
            auto request = at->get<std::size_t>();
            place_one(node, page.charts.at(request), drawings.of(page_index, request));
            return;
        }
        for (auto& [_, value] : node.items()) place_in(value, page, page_index, drawings);
    } else if (node.is_array()) {
        for (auto& value : node) place_in(value, page, page_index, drawings);
    }
}

}  // namespace

void place_drawings(json& view, const PageModel& page, std::size_t page_index, const SiteDrawings& drawings) {
    if (!page.charts.empty()) place_in(view, page, page_index, drawings);
}

std::string body_with_charts(BodyParts& body, const PageModel& page, std::size_t page_index,
                             const SiteDrawings& drawings, PageRenderer& renderer) {
    std::string html = body.html.front();
    for (std::size_t k = 0; k < body.charts.size() && k + 1 < body.html.size(); ++k) {
        place_in(body.charts[k], page, page_index, drawings);
        html += renderer.render_partial("kpi-chart", body.charts[k]);
        html += body.html[k + 1];
    }
    return html;
}

}  // namespace candour
