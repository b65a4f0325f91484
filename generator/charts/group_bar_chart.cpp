#include "charts/group_bar_chart.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "charts/chart_data.hpp"
#include "charts/chart_style.hpp"
#include "charts/chart_text.hpp"
#include "kpi/format.hpp"
#include "messages/period_words.hpp"

namespace candour {

using nlohmann::json;
namespace style = chart_style;
namespace text = chart_text;

namespace {

std::vector<ChartCell> group_cells(const PublishedIndicator& ind, const Breakdown& b, const Period& p) {
    std::vector<ChartCell> out;
    for (const auto& g : b.groups) {
        if (ind.cell(b.id, g, p)) out.push_back({p, b.id, g, ind.cell(b.id, g, p)});
    }
    return out;
}

const ChartCell* highest(const std::vector<ChartCell>& cells) {
    const ChartCell* best = nullptr;
    for (const auto& c : cells) {
        if (c.shown() && (!best || c.cell->value.number() > best->cell->value.number())) best = &c;
    }
    return best;
}

// "Partner or ex-partner had the highest figure (18) in July to September 2024".
// With values hidden it can only speak of the groups shown.
std::string message(const std::vector<ChartCell>& cells, const Indicator& d, const Period& p, const Messages& m) {
    const ChartCell* top = highest(cells);
    if (!top) return m.text("chart.bars.title.no_figures", {{"period", period_label(p, m)}});
    bool all_shown = hidden_symbols(cells).empty();
    return m.text(
        all_shown ? "chart.bars.title.highest" : "chart.bars.title.highest_shown",
        {{"group", top->group}, {"value", display_value(top->cell->value, d)}, {"period", period_label(p, m)}});
}

std::string summary(const std::vector<ChartCell>& cells, const Indicator& d, const Breakdown& b, const Period& p,
                    const Messages& m) {
    std::vector<std::string> parts;
    for (const auto& c : cells)
        parts.push_back(m.text("chart.bars.figure", {{"group", c.group}, {"value", shown_text(c, d)}}));
    std::string out = m.text("chart.bars.summary", {{"title", text::upper_first(d.title)},
                                                    {"breakdown", text::lower_first(b.title)},
                                                    {"period", period_label(p, m)},
                                                    {"figures", text::list_in_words(parts, m)}});
    std::string gaps = text::gap_note(hidden_symbols(cells), m);
    return gaps.empty() ? out : out + " " + gaps;
}

json filter(bool shown) {
    return json::array({{{"filter", shown ? "datum.value !== null" : "datum.value === null"}}});
}

// Bars are labelled, so a value axis would only repeat the labels.
json value_x() {
    return {{"field", "value"}, {"type", "quantitative"}, {"scale", {{"zero", true}}}, {"axis", nullptr}};
}

json bars_layer(const Messages& m) {
    return {{"transform", filter(true)},
            {"mark", {{"type", "bar"}, {"color", style::dark_blue}}},
            {"encoding",
             {{"x", value_x()},
              {"tooltip", json::array({{{"field", "group"}, {"title", m.text("chart.tooltip.group")}},
                                       {{"field", "shown"}, {"title", m.text("chart.tooltip.figure")}}})}}}};
}

// The figure at the end of each bar.
json labels_layer() {
    return {{"transform", filter(true)},
            {"mark", {{"type", "text"}, {"align", "left"}, {"dx", 6}}},
            {"encoding", {{"x", value_x()}, {"text", {{"field", "shown"}}}}}};
}

// A hidden figure has no bar, only its symbol where the bar would start.
json gaps_layer() {
    return {{"transform", filter(false)},
            {"mark", {{"type", "text"}, {"align", "left"}, {"dx", 6}, {"color", style::secondary_text}}},
            {"encoding", {{"x", {{"datum", 0}, {"type", "quantitative"}}}, {"text", {{"field", "shown"}}}}}};
}

}  // namespace

Chart group_bar_chart(const PublishedIndicator& ind, const Breakdown& breakdown, const Period& period,
                      const Messages& messages) {
    const Indicator& d = ind.def;
    std::vector<ChartCell> cells = group_cells(ind, breakdown, period);
    json values = json::array();
    json order = json::array();
    for (const auto& c : cells) {
        values.push_back(chart_row(c, d, messages));
        order.push_back(c.group);
    }
    Chart chart;
    chart.slug = text::slug_of({d.id, breakdown.id, period.code()});
    chart.title = message(cells, d, period, messages);
    chart.subtitle = messages.text("chart.bars.subtitle", {{"unit", text::unit_phrase(d, messages)},
                                                           {"breakdown", text::lower_first(breakdown.title)},
                                                           {"periods", period_label(period, messages)}});
    chart.summary = summary(cells, d, breakdown, period, messages);
    if (auto gaps = text::gap_note(hidden_symbols(cells), messages); !gaps.empty()) chart.notes.push_back(gaps);
    chart.hidden = static_cast<int>(hidden_symbols(cells).size());
    auto draw = [&](const style::Layout& l) {
        json spec = style::base_spec(l, chart.summary, values);
        style::bars_down(spec, "group", order, l, style::widest(values, "shown", l.label_size) + 8);
        spec["layer"] = json::array({bars_layer(messages), labels_layer(), gaps_layer()});
        return spec;
    };
    chart.spec = draw(style::wide);
    chart.narrow_spec = draw(style::narrow);
    chart.csv = cells_csv(cells, d);
    return chart;
}

}  // namespace candour
