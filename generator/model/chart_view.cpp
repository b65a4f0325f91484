#include "model/chart_view.hpp"

#include "charts/group_bar_chart.hpp"
#include "charts/survey_chart.hpp"
#include "model/kpi_view.hpp"
#include "model/theme_text.hpp"

namespace candour {

using nlohmann::json;

json chart_view(const Chart& generated, json table, const SourcePos& origin, ChartPage& page,
                const Messages& messages) {
    Chart edited;  // a copy only when a chart block words it itself
    bool worded = !page.wording.title.empty() || !page.wording.summary.empty();
    if (worded) {
        edited = generated;
        if (!page.wording.title.empty()) edited.title = page.wording.title;
        if (!page.wording.summary.empty()) edited.summary = page.wording.summary;
    }
    const Chart& chart = worded ? edited : generated;
    ChartPlacement placed = page.charts.place(chart, origin);
    // The same table may be on the page in full; a caption of its own keeps
    // the two scrolling regions' names apart.
    table["caption"] = messages.text("chart.table.caption", {{"caption", table["caption"].get<std::string>()}});
    json notes = json::array();
    for (const auto& n : chart.notes) notes.push_back(n);
    return {{"id", placed.id},
            {"title", chart.title},
            {"subtitle", chart.subtitle},
            {"key", chart.key},
            {chart_drawing_key, placed.index},
            {"summary", chart.summary},
            {"notes", notes},
            {"has_notes", !notes.empty()},
            {"table", std::move(table)},
            {"downloads", {{"csv", placed.csv_file}, {"spec", placed.spec_file}}},
            {"downloads_html",
             message_html(messages, "page.chart.downloads",
                          {{"csv", link_html(placed.csv_file, "CSV")},
                           {"spec", link_html(placed.spec_file, messages.text("page.chart.spec_link"))}})}};
}

json trend_chart_view(const PublishedIndicator& ind, const TrendOptions& options, const SourcePos& origin,
                      ChartPage& page, const Messages& messages) {
    return chart_view(trend_chart(ind, messages, options), history_table(ind, messages, options.periods), origin, page,
                      messages);
}

json group_bar_chart_view(const PublishedIndicator& ind, const Breakdown& breakdown, const Period& period,
                          const Catalogue& cat, const SourcePos& origin, ChartPage& page, const Messages& messages) {
    return chart_view(group_bar_chart(ind, breakdown, period, messages),
                      breakdown_table(ind, breakdown.id, {period}, cat, messages), origin, page, messages);
}

json period_bar_chart_view(const PublishedIndicator& ind, const Breakdown& breakdown,
                           const std::vector<Period>& periods, BarLayout layout, const Catalogue& cat,
                           const SourcePos& origin, ChartPage& page, const Messages& messages) {
    return chart_view(period_bar_chart(ind, breakdown, periods, layout, messages),
                      breakdown_table(ind, breakdown.id, periods, cat, messages), origin, page, messages);
}

json survey_chart_view(const PublishedIndicator& ind, const Breakdown& themes, const Period& period,
                       const Catalogue& cat, const SourcePos& origin, ChartPage& page, const Messages& messages) {
    return chart_view(survey_chart(ind, themes, period, messages),
                      breakdown_table(ind, themes.id, {period}, cat, messages), origin, page, messages);
}

// Trackers are not KPI figures, so their table is made here from the counts.
json status_chart_view(const StatusChartInput& input, const SourcePos& origin, ChartPage& page,
                       const Messages& messages) {
    json rows = json::array();
    for (const auto& c : input.counts) {
        rows.push_back({{"header", c.status},
                        {"cells", json::array({{{"text", std::to_string(c.count)}, {"kpi", ""}, {"numeric", true}}})}});
    }
    json table{{"caption", status_chart_subtitle(input, messages)},
               {"head", json::array({{{"text", messages.text("chart.status.head.status")}, {"numeric", false}},
                                     {{"text", messages.text("chart.status.head.number")}, {"numeric", true}}})},
               {"rows", rows}};
    return chart_view(status_chart(input, messages), table, origin, page, messages);
}

}  // namespace candour
