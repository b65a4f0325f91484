#include "charts/period_bar_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

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

constexpr int height = 260;

struct Panel {
    const PublishedIndicator& ind;
    const Messages& messages;
    const Breakdown& breakdown;
    std::vector<Period> periods;
    std::vector<std::string> groups;  // the breakdown's groups that have figures, in catalogue order
    std::vector<ChartCell> cells;     // group by group, each period in order
};

Panel panel_of(const PublishedIndicator& ind, const Messages& m, const Breakdown& b,
               const std::vector<Period>& periods) {
    Panel p{ind, m, b, periods, {}, {}};
    for (const auto& g : b.groups) {
        auto cells = series_cells(ind, b.id, g, periods);
        bool any = std::any_of(cells.begin(), cells.end(), [](const ChartCell& c) { return c.cell != nullptr; });
        if (!any) continue;
        p.groups.push_back(g);
        p.cells.insert(p.cells.end(), cells.begin(), cells.end());
    }
    return p;
}

json filter(const std::string& test) {
    return json::array({{{"filter", test}}});
}

json order_of(const std::vector<std::string>& items) {
    json out = json::array();
    for (const auto& i : items) out.push_back(i);
    return out;
}

json period_order(const std::vector<Period>& periods, const Messages& messages) {
    return text::short_labels(periods, messages);
}

json tooltip(const Messages& m) {
    return json::array({{{"field", "period_label"}, {"title", m.text("chart.tooltip.period")}},
                        {{"field", "group"}, {"title", m.text("chart.tooltip.group")}},
                        {{"field", "shown"}, {"title", m.text("chart.tooltip.figure")}}});
}

json value_axis(const Indicator& d, bool shown) {
    if (!shown) return nullptr;
    json axis{{"title", nullptr}, {"tickCount", 5}};
    if (d.unit == Unit::percentage) axis["labelExpr"] = "datum.label + '%'";
    if (d.unit == Unit::count) axis["tickMinStep"] = 1;
    return axis;
}

// Colours only for groups with a bar somewhere, so the legend lists no
// colour the chart never uses.
json colour_of(const Panel& p) {
    std::vector<std::string> drawn;
    for (const auto& g : p.groups) {
        bool any =
            std::any_of(p.cells.begin(), p.cells.end(), [&](const ChartCell& c) { return c.group == g && c.shown(); });
        if (any) drawn.push_back(g);
    }
    return {{"field", "group"},
            {"type", "nominal"},
            {"sort", order_of(drawn)},
            {"scale", {{"domain", order_of(drawn)}, {"range", style::categorical(static_cast<int>(drawn.size()))}}}};
}

json period_x(const Panel& p, const style::Layout& l) {
    bool two_lines = p.periods.front().kind() != PeriodKind::financial_year;
    return {{"field", "label"},
            {"type", "ordinal"},
            {"sort", period_order(p.periods, p.messages)},
            {"axis", style::period_axis(text::short_labels(p.periods, p.messages), two_lines, l, l.width - 80)}};
}

// Bars side by side within each period, one colour a group.
void grouped(json& spec, const Panel& p, const style::Layout& l) {
    json y{{"field", "value"},
           {"type", "quantitative"},
           {"scale", {{"zero", true}}},
           {"axis", value_axis(p.ind.def, true)}};
    json offset{{"field", "group"}, {"sort", order_of(p.groups)}};
    spec["height"] = height;
    spec["encoding"] = {{"x", period_x(p, l)}, {"xOffset", offset}};
    json bars{{"transform", filter("datum.value !== null")},
              {"mark", {{"type", "bar"}}},
              {"encoding", {{"y", y}, {"color", colour_of(p)}, {"tooltip", tooltip(p.messages)}}}};
    json labels{{"transform", filter("datum.value !== null")},
                {"mark", {{"type", "text"}, {"baseline", "bottom"}, {"dy", -3}, {"fontSize", l.small_size}}},
                {"encoding", {{"y", y}, {"text", {{"field", "shown"}}}}}};
    json gaps{{"transform", filter("datum.value === null")},
              {"mark",
               {{"type", "text"},
                {"baseline", "bottom"},
                {"dy", -3},
                {"fontSize", l.small_size},
                {"color", style::secondary_text}}},
              {"encoding", {{"y", {{"datum", 0}}}, {"text", {{"field", "shown"}}}}}};
    spec["layer"] = json::array({bars, labels, gaps});
}

// On a phone there is no room for bars side by side under each period: the
// periods go down the side and each period's bars lie across, one colour
// a group, with their figures at the ends.
void grouped_across(json& spec, const Panel& p, const style::Layout& l) {
    json x{{"field", "value"}, {"type", "quantitative"}, {"scale", {{"zero", true}}}, {"axis", nullptr}};
    json y{{"field", "label"},
           {"type", "ordinal"},
           {"sort", period_order(p.periods, p.messages)},
           {"axis", {{"title", nullptr}, {"labelExpr", style::period_label_expr(l)}}}};
    spec["height"] = static_cast<int>(p.periods.size() * (p.groups.size() * 18 + 12));
    double period_px = 0;
    for (const auto& label : text::short_labels(p.periods, p.messages))
        period_px = std::max(period_px, style::text_px(label, l.label_size));  // "–" for " to " is narrower
    style::plot_width_within(spec, l, period_px + 4, style::widest(spec["data"]["values"], "shown", l.small_size) + 6);
    style::legend_from_left(spec, period_px + 4, static_cast<int>(p.groups.size()), l);
    spec["encoding"] = {{"y", y}, {"yOffset", {{"field", "group"}, {"sort", order_of(p.groups)}}}};
    json bars{{"transform", filter("datum.value !== null")},
              {"mark", {{"type", "bar"}}},
              {"encoding", {{"x", x}, {"color", colour_of(p)}, {"tooltip", tooltip(p.messages)}}}};
    json labels{{"transform", filter("datum.value !== null")},
                {"mark", {{"type", "text"}, {"align", "left"}, {"dx", 4}, {"fontSize", l.small_size}}},
                {"encoding", {{"x", x}, {"text", {{"field", "shown"}}}}}};
    json gaps{{"transform", filter("datum.value === null")},
              {"mark",
               {{"type", "text"},
                {"align", "left"},
                {"dx", 4},
                {"fontSize", l.small_size},
                {"color", style::secondary_text}}},
              {"encoding", {{"x", {{"datum", 0}, {"type", "quantitative"}}}, {"text", {{"field", "shown"}}}}}};
    spec["layer"] = json::array({bars, labels, gaps});
}

// More groups than colours: a panel for each group, one colour, the same scale.
void small_multiples(json& spec, const Panel& p, const style::Layout& l) {
    json axis{{"title", nullptr}};
    if (l.narrow()) axis["labelExpr"] = style::period_label_expr(l);
    json y{{"field", "label"}, {"type", "ordinal"}, {"sort", period_order(p.periods, p.messages)}, {"axis", axis}};
    json x{{"field", "value"}, {"type", "quantitative"}, {"scale", {{"zero", true}}}, {"axis", nullptr}};
    json bars{{"transform", filter("datum.value !== null")},
              {"mark", {{"type", "bar"}, {"color", style::dark_blue}}},
              {"encoding", {{"x", x}, {"tooltip", tooltip(p.messages)}}}};
    json labels{{"transform", filter("datum.value !== null")},
                {"mark", {{"type", "text"}, {"align", "left"}, {"dx", 6}}},
                {"encoding", {{"x", x}, {"text", {{"field", "shown"}}}}}};
    json gaps{{"transform", filter("datum.value === null")},
              {"mark", {{"type", "text"}, {"align", "left"}, {"dx", 6}, {"color", style::secondary_text}}},
              {"encoding", {{"x", {{"datum", 0}, {"type", "quantitative"}}}, {"text", {{"field", "shown"}}}}}};
    spec["facet"] = {{"row",
                      {{"field", "group"},
                       {"sort", order_of(p.groups)},
                       {"header",
                        {{"title", nullptr},
                         {"labelAngle", 0},
                         {"labelOrient", "top"},
                         {"labelAlign", "left"},
                         {"labelFontWeight", "bold"}}}}}};
    spec["spacing"] = 14;
    // Vega cannot fit a faceted chart to a width: the panels get one.
    spec.erase("width");
    spec.erase("autosize");
    spec["spec"] = {{"width", l.width - (l.narrow() ? 150 : 200)},
                    {"height", {{"step", 24}}},
                    {"encoding", {{"y", y}}},
                    {"layer", json::array({bars, labels, gaps})}};
}

// Where a period's published total is more than its groups shown, the
// difference is drawn as an empty dashed box marked [c]: it is the hidden
// figures together, which anyone can work out from the published total, so
// it reveals nothing. The total sits above each bar.
json stack_extras(const Panel& p) {
    json rows = json::array();
    for (const auto& period : p.periods) {
        const PublishedCell* total = p.ind.cell("", "", period);
        if (!total || !total->value.has_number()) continue;
        double shown = 0;
        bool hidden = false;
        for (const auto& c : p.cells) {
            if (c.period != period) continue;
            if (c.shown()) shown += c.cell->value.number();
            hidden = hidden || !c.shown();
        }
        json base{{"period", period.code()},
                  {"period_label", period_label(period, p.messages)},
                  {"label", text::short_label(period, p.messages)}};
        json t = base;
        t.update(
            {{"series", "total"}, {"value", total->value.number()}, {"shown", display_value(total->value, p.ind.def)}});
        rows.push_back(t);
        if (!hidden || total->value.number() <= shown) continue;
        json h = base;
        h.update({{"series", "hidden"},
                  {"from", shown},
                  {"to", total->value.number()},
                  {"shown", symbol_text(Symbol::confidential)},
                  {"group", p.messages.text("chart.period_bars.not_shown")}});
        rows.push_back(h);
    }
    return rows;
}

void stacked(json& spec, const Panel& p, const style::Layout& l) {
    json values = spec["data"]["values"];
    for (auto& row : values) {
        auto it = std::find(p.groups.begin(), p.groups.end(), row["group"].get<std::string>());
        row["order"] = it - p.groups.begin();
        row["series"] = "group";
    }
    for (auto& row : stack_extras(p)) values.push_back(row);
    spec["data"]["values"] = values;
    spec["height"] = height;
    json axis = value_axis(p.ind.def, true);
    spec["encoding"] = {{"x", period_x(p, l)}};
    json bars{{"transform", filter("datum.series === 'group' && datum.value !== null")},
              {"mark", {{"type", "bar"}}},
              {"encoding",
               {{"y", {{"field", "value"}, {"type", "quantitative"}, {"stack", "zero"}, {"axis", axis}}},
                {"color", colour_of(p)},
                {"order", {{"field", "order"}, {"type", "quantitative"}}},
                {"tooltip", tooltip(p.messages)}}}};
    json y_from{{"field", "from"}, {"type", "quantitative"}};
    json hidden{{"transform", filter("datum.series === 'hidden'")},
                {"mark",
                 {{"type", "bar"},
                  {"fill", "#FFFFFF"},
                  {"stroke", style::dark_grey},
                  {"strokeWidth", 1.5},
                  {"strokeDash", json::array({4, 3})}}},
                {"encoding", {{"y", y_from}, {"y2", {{"field", "to"}}}, {"tooltip", tooltip(p.messages)}}}};
    json hidden_label{
        {"transform", json::array({{{"filter", "datum.series === 'hidden'"}},
                                   {{"calculate", "(datum.from + datum.to) / 2"}, {"as", "mid"}}})},
        {"mark", {{"type", "text"}, {"color", style::text_colour}}},
        {"encoding", {{"y", {{"field", "mid"}, {"type", "quantitative"}}}, {"text", {{"field", "shown"}}}}}};
    json totals{{"transform", filter("datum.series === 'total'")},
                {"mark", {{"type", "text"}, {"baseline", "bottom"}, {"dy", -4}, {"fontWeight", "bold"}}},
                {"encoding", {{"y", {{"field", "value"}, {"type", "quantitative"}}}, {"text", {{"field", "shown"}}}}}};
    spec["layer"] = json::array({bars, hidden, hidden_label, totals});
}

const ChartCell* highest_in(const Panel& p, const Period& period) {
    const ChartCell* best = nullptr;
    for (const auto& c : p.cells) {
        if (c.period == period && c.shown() && (!best || c.cell->value.number() > best->cell->value.number()))
            best = &c;
    }
    return best;
}

std::string message(const Panel& p) {
    const Messages& m = p.messages;
    const Period& latest = p.periods.back();
    const ChartCell* top = highest_in(p, latest);
    if (!top) return m.text("chart.bars.title.no_figures", {{"period", period_label(latest, m)}});
    bool all_shown = true;
    for (const auto& c : p.cells) all_shown = all_shown && (c.period != latest || c.shown());
    return m.text(all_shown ? "chart.bars.title.highest" : "chart.bars.title.highest_shown",
                  {{"group", top->group},
                   {"value", display_value(top->cell->value, p.ind.def)},
                   {"period", period_label(latest, m)}});
}

// Each group from its first figure shown to its last.
std::string summary(const Panel& p) {
    const Indicator& d = p.ind.def;
    const Messages& m = p.messages;
    std::string out = m.text("chart.period_bars.summary",
                             {{"title", text::upper_first(d.title)},
                              {"breakdown", text::lower_first(p.breakdown.title)},
                              {"periods", text::period_range({p.periods.front(), p.periods.back()}, m)}});
    for (const auto& g : p.groups) {
        std::vector<const ChartCell*> shown;
        for (const auto& c : p.cells) {
            if (c.group == g && c.shown()) shown.push_back(&c);
        }
        if (shown.empty()) {
            out += " " + m.text("chart.period_bars.group.none", {{"group", g}});
        } else if (shown.size() == 1) {
            out += " " + m.text("chart.period_bars.group.one", {{"group", g},
                                                                {"value", shown_text(*shown[0], d)},
                                                                {"period", period_label(shown[0]->period, m)}});
        } else {
            out += " " + m.text("chart.period_bars.group.two", {{"group", g},
                                                                {"from_value", shown_text(*shown.front(), d)},
                                                                {"from_period", period_label(shown.front()->period, m)},
                                                                {"to_value", shown_text(*shown.back(), d)},
                                                                {"to_period", period_label(shown.back()->period, m)}});
        }
    }
    std::string gaps = text::gap_note(hidden_symbols(p.cells), m);
    return gaps.empty() ? out : out + " " + gaps;
}

}  // namespace

bool can_stack(const Breakdown& breakdown) {
    return static_cast<int>(breakdown.groups.size()) <= style::max_colours;
}

bool can_stack(const Indicator& ind) {
    return ind.unit == Unit::count;
}

Chart period_bar_chart(const PublishedIndicator& ind, const Breakdown& breakdown, const std::vector<Period>& periods,
                       BarLayout layout, const Messages& messages) {
    if (periods.empty()) throw std::invalid_argument("a bar chart needs at least one period");
    if (layout == BarLayout::stacked && (!can_stack(breakdown) || !can_stack(ind.def))) {
        throw std::invalid_argument("a stacked chart shows a count in at most four groups");
    }
    Panel p = panel_of(ind, messages, breakdown, periods);
    const Indicator& d = ind.def;
    json values = json::array();
    for (const auto& c : p.cells) values.push_back(chart_row(c, d, messages));

    Chart chart;
    chart.slug = text::slug_of({d.id, breakdown.id, layout == BarLayout::stacked ? "stacked" : "grouped",
                                periods.front().code(), periods.size() > 1 ? periods.back().code() : ""});
    chart.title = message(p);
    chart.subtitle = messages.text("chart.bars.subtitle",
                                   {{"unit", text::unit_phrase(d, messages)},
                                    {"breakdown", text::lower_first(breakdown.title)},
                                    {"periods", text::period_range({periods.front(), periods.back()}, messages)}});
    chart.summary = summary(p);
    if (auto gaps = text::gap_note(hidden_symbols(p.cells), messages); !gaps.empty()) chart.notes.push_back(gaps);
    chart.hidden = static_cast<int>(hidden_symbols(p.cells).size());
    auto draw = [&](const style::Layout& l) {
        json spec = style::base_spec(l, chart.summary, values);
        if (layout == BarLayout::stacked)
            stacked(spec, p, l);
        else if (static_cast<int>(p.groups.size()) > style::max_colours)
            small_multiples(spec, p, l);
        else if (l.narrow() && p.periods.size() > 1)
            grouped_across(spec, p, l);
        else
            grouped(spec, p, l);
        return spec;
    };
    chart.spec = draw(style::wide);
    chart.narrow_spec = draw(style::narrow);
    if (layout == BarLayout::stacked && chart.hidden) {
        chart.notes.push_back(messages.text("chart.period_bars.note.hidden_box"));
    }
    chart.csv = cells_csv(p.cells, d);
    return chart;
}

}  // namespace candour
