#pragma once
// View models for charts (the kpi-chart partial): the chart's title,
// subtitle and key as text, which of the page's chart requests its drawings
// are (`drawing`: render puts the SVGs in `svg_html` and `narrow_svg_html`
// once the chart stage has drawn them), its text summary and notes, its
// data as a kpi-table, and its downloads. Each chart type's table is the
// same view model the KPI tables use, from the same published figures.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "charts/page_charts.hpp"
#include "charts/period_bar_chart.hpp"
#include "charts/status_chart.hpp"
#include "charts/trend_chart.hpp"
#include "kpi/published.hpp"

namespace candour {

// A chart block's own words: a title and a text summary written by the
// editor replace the ones made from the figures (empty: keep those). The
// notes on hidden values stay, so the summary cannot drop them.
struct ChartWording {
    std::string title;
    std::string summary;
};

// Where charts on one page go: the page's own list of chart requests.
struct ChartPage {
    PageCharts& charts;
    ChartWording wording = {};
};

// The key of a chart's view model that names its request on the page.
inline constexpr const char* chart_drawing_key = "drawing";

// The chart's words, and its table's caption ("Data in the chart: ..."),
// are `messages`'.
nlohmann::json chart_view(const Chart& chart, nlohmann::json table, const SourcePos& origin, ChartPage& page,
                          const Messages& messages);

nlohmann::json trend_chart_view(const PublishedIndicator& ind, const TrendOptions& options, const SourcePos& origin,
                                ChartPage& page, const Messages& messages);
nlohmann::json group_bar_chart_view(const PublishedIndicator& ind, const Breakdown& breakdown, const Period& period,
                                    const Catalogue& cat, const SourcePos& origin, ChartPage& page,
                                    const Messages& messages);
nlohmann::json period_bar_chart_view(const PublishedIndicator& ind, const Breakdown& breakdown,
                                     const std::vector<Period>& periods, BarLayout layout, const Catalogue& cat,
                                     const SourcePos& origin, ChartPage& page, const Messages& messages);
nlohmann::json survey_chart_view(const PublishedIndicator& ind, const Breakdown& themes, const Period& period,
                                 const Catalogue& cat, const SourcePos& origin, ChartPage& page,
                                 const Messages& messages);
nlohmann::json status_chart_view(const StatusChartInput& input, const SourcePos& origin, ChartPage& page,
                                 const Messages& messages);

}  // namespace candour
