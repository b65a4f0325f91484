#include "charts/trend_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "charts/chart_data.hpp"
#include "charts/chart_style.hpp"
#include "charts/chart_text.hpp"
#include "kpi/change.hpp"
#include "kpi/format.hpp"
#include "messages/period_words.hpp"

namespace candour {

using nlohmann::json;
namespace style = chart_style;
namespace text = chart_text;

namespace {

constexpr double label_gap_px = 18;  // end labels closer than this are pushed apart

// The figure for the same period a year before `at`, drawn at `at`.
struct Earlier {
    Period at;
    ChartCell cell;
};

struct Trend {
    const PublishedIndicator& ind;
    const Messages& messages;
    std::vector<ChartCell> cells;  // the overall figure for each period
    std::vector<Earlier> earlier;  // empty when there is a target, or no year-earlier figure is shown
    std::optional<double> target;
};

const ChartCell* last_shown(const std::vector<ChartCell>& cells) {
    auto it = std::find_if(cells.rbegin(), cells.rend(), [](const ChartCell& c) { return c.shown(); });
    return it == cells.rend() ? nullptr : &*it;
}

const ChartCell* first_shown(const std::vector<ChartCell>& cells) {
    auto it = std::find_if(cells.begin(), cells.end(), [](const ChartCell& c) { return c.shown(); });
    return it == cells.end() ? nullptr : &*it;
}

std::string display(const ChartCell& c, const Indicator& d) {
    return display_value(c.cell->value, d);
}

std::string display_target(double target, const Indicator& d) {
    return format_number(target, d.decimals) + (d.unit == Unit::percentage ? "%" : "");
}

// ", 1.0 percentage point below the target", judged on the rounded figures.
std::string against_target(const ChartCell& latest, double target, const Indicator& d, const Messages& m) {
    double scale = std::pow(10.0, d.decimals);
    double gap = std::round((latest.cell->value.number() - target) * scale) / scale;
    if (gap == 0) return m.text("chart.target.meeting");
    return m.text(gap < 0 ? "chart.target.below" : "chart.target.above", {{"amount", text::change_size(gap, d, m)}});
}

// "Charges rose by 8 on the previous quarter", from the last two periods.
std::string message(const Trend& t) {
    const Indicator& d = t.ind.def;
    const Messages& m = t.messages;
    std::string name = text::upper_first(d.title);
    const ChartCell* last = last_shown(t.cells);
    if (!last) return m.text("chart.trend.title.no_figures", {{"title", name}});
    const ChartCell& latest = t.cells.back();
    if (&latest != last || t.cells.size() < 2 || !t.cells[t.cells.size() - 2].shown()) {
        return m.text("chart.trend.title.level",
                      {{"title", name}, {"value", display(*last, d)}, {"period", period_label(last->period, m)}});
    }
    const ChartCell& before = t.cells[t.cells.size() - 2];
    Change c = compare(before.cell->value, latest.cell->value, before.period, d);
    std::string previous = m.text(text::period_kind_id("chart.previous.", latest.period));
    std::string against = t.target ? against_target(latest, *t.target, d, m) : "";
    if (!c.absolute || *c.absolute == 0)
        return m.text("chart.trend.title.same", {{"title", name}, {"previous", previous}, {"target", against}});
    return m.text(*c.absolute > 0 ? "chart.trend.title.rose" : "chart.trend.title.fell",
                  {{"title", name},
                   {"amount", text::change_size(*c.absolute, d, m)},
                   {"previous", previous},
                   {"target", against}});
}

// "Charges rose from 31 in October to December 2022 to 52 in July to
// September 2024. The highest figure was ..."
std::string summary(const Trend& t) {
    const Indicator& d = t.ind.def;
    const Messages& m = t.messages;
    const ChartCell* first = first_shown(t.cells);
    const ChartCell* last = last_shown(t.cells);
    std::string name = text::upper_first(d.title);
    std::string out;
    if (!first) {
        out = m.text("chart.trend.summary.no_figures",
                     {{"title", text::lower_first(d.title)},
                      {"periods", text::period_range({t.cells.front().period, t.cells.back().period}, m)}});
    } else if (first == last) {
        out = m.text("chart.trend.summary.level",
                     {{"title", name}, {"value", display(*last, d)}, {"period", period_label(last->period, m)}});
    } else {
        Change c = compare(first->cell->value, last->cell->value, first->period, d);
        const char* id = !c.absolute || *c.absolute == 0 ? "chart.trend.summary.same"
                         : *c.absolute > 0               ? "chart.trend.summary.rose"
                                                         : "chart.trend.summary.fell";
        out = m.text(id, {{"title", name},
                          {"from_value", display(*first, d)},
                          {"from_period", period_label(first->period, m)},
                          {"to_value", display(*last, d)},
                          {"to_period", period_label(last->period, m)}});
        auto by_value = [](const ChartCell* a, const ChartCell* b) {
            return a->cell->value.number() < b->cell->value.number();
        };
        std::vector<const ChartCell*> shown;
        for (const auto& cell : t.cells) {
            if (cell.shown()) shown.push_back(&cell);
        }
        // The first period with the extreme value, so ties read in time order.
        const ChartCell* high = *std::max_element(shown.begin(), shown.end(), by_value);
        const ChartCell* low = *std::min_element(shown.begin(), shown.end(), by_value);
        if (shown.size() > 2) {
            out += " " + m.text("chart.trend.summary.range", {{"high", display(*high, d)},
                                                              {"high_period", period_label(high->period, m)},
                                                              {"low", display(*low, d)},
                                                              {"low_period", period_label(low->period, m)}});
        }
    }
    if (t.target) out += " " + m.text("chart.trend.summary.target", {{"target", display_target(*t.target, d)}});
    std::string gaps = text::gap_note(hidden_symbols(t.cells), m);
    return gaps.empty() ? out : out + " " + gaps;
}

json rows(const Trend& t) {
    json values = json::array();
    for (const auto& c : t.cells) {
        json row = chart_row(c, t.ind.def, t.messages);
        row["series"] = "figure";
        values.push_back(row);
    }
    // The year-earlier line is drawn at the later period, so each point
    // compares with the one above or below it.
    for (const auto& e : t.earlier) {
        json row = chart_row(e.cell, t.ind.def, t.messages);
        row["series"] = "year_earlier";
        row["label"] = text::short_label(e.at, t.messages);
        values.push_back(row);
    }
    return values;
}

json filter(const std::string& test) {
    return json::array({{{"filter", test}}});
}

json y_axis(const Indicator& d) {
    json axis{{"title", nullptr}, {"tickCount", 5}};
    if (d.unit == Unit::percentage) axis["labelExpr"] = "datum.label + '%'";
    if (d.unit == Unit::count) axis["tickMinStep"] = 1;
    return axis;
}

json y_value(const Indicator& d) {
    return {{"field", "value"}, {"type", "quantitative"}, {"scale", {{"zero", true}}}, {"axis", y_axis(d)}};
}

json line_layer(const std::string& series, const std::string& colour, bool dashed) {
    json mark{{"type", "line"}, {"color", colour}};
    if (dashed) mark["strokeDash"] = json::array({8, 5});
    return {{"transform", filter("datum.series === '" + series + "'")}, {"mark", mark}};
}

json points_layer(const Messages& m) {
    // Provisional figures are hollow: a white fill inside the line's colour.
    json fill{{"condition", {{"test", "datum.status === 'provisional'"}, {"value", "#FFFFFF"}}},
              {"value", style::dark_blue}};
    return {{"transform", filter("datum.series === 'figure' && datum.value !== null")},
            {"mark", {{"type", "point"}, {"filled", true}, {"stroke", style::dark_blue}, {"shape", "circle"}}},
            {"encoding",
             {{"fill", fill},
              {"tooltip", json::array({{{"field", "period_label"}, {"title", m.text("chart.tooltip.period")}},
                                       {{"field", "shown"}, {"title", m.text("chart.tooltip.figure")}}})}}}};
}

// Gaps say why they are gaps: the symbol sits on the axis where the point would be.
json gaps_layer() {
    return {{"transform", filter("datum.series === 'figure' && datum.value === null")},
            {"mark", {{"type", "text"}, {"color", style::secondary_text}, {"dy", -10}}},
            {"encoding", {{"y", {{"datum", 0}}}, {"text", {{"field", "symbol"}}}}}};
}

json revised_layer(const Messages& m) {
    return {{"transform", filter("datum.series === 'figure' && datum.status === 'revised' && datum.value !== null")},
            {"mark", {{"type", "text"}, {"dy", -16}, {"fontWeight", "bold"}}},
            {"encoding", {{"text", {{"value", m.text("chart.mark.revised")}}}}}};
}

int plot_height(const style::Layout& l) {
    return l.narrow() ? 220 : 260;
}

json end_label(const ChartCell& cell, const std::string& series, json text_value, double dy, bool bold,
               const style::Layout& l) {
    json mark{{"type", "text"}, {"align", "left"}, {"dx", 10}, {"dy", dy}};
    if (bold) mark["fontWeight"] = "bold";
    if (!bold) mark["fontSize"] = l.small_size;
    return {{"transform",
             filter(fmt::format("datum.series === '{}' && datum.period === '{}'", series, cell.period.code()))},
            {"mark", mark},
            {"encoding", {{"text", std::move(text_value)}}}};
}

double number_of(const ChartCell& c) {
    return c.cell->value.number();
}

const Earlier* last_shown(const std::vector<Earlier>& earlier) {
    auto it = std::find_if(earlier.rbegin(), earlier.rend(), [](const Earlier& e) { return e.cell.shown(); });
    return it == earlier.rend() ? nullptr : &*it;
}

// Pushes the two end labels apart when their lines end close together
// (vertical offsets in pixels for the figure's label and the earlier one's).
std::pair<double, double> label_offsets(const Trend& t, const ChartCell& end, const Earlier* earlier_end,
                                        double height) {
    if (!earlier_end || earlier_end->at != end.period) return {0, 0};
    double top = 0;
    for (const auto& c : t.cells) top = c.shown() ? std::max(top, number_of(c)) : top;
    for (const auto& e : t.earlier) top = e.cell.shown() ? std::max(top, number_of(e.cell)) : top;
    if (top <= 0) top = 1;
    double a = number_of(end), b = number_of(earlier_end->cell);
    double apart = std::fabs(a - b) / top * height;
    if (apart >= label_gap_px) return {0, 0};
    double push = (label_gap_px - apart) / 2;
    return a >= b ? std::pair{-push, push} : std::pair{push, -push};
}

std::string target_label(double target, const Indicator& d, const Messages& m) {
    return m.text("chart.trend.label.target", {{"target", display_target(target, d)}});
}

// The target is one line across the plot, so its layers have one row of
// their own and no period.
json target_layers(double target, const Indicator& d, const style::Layout& l, const Messages& m) {
    json one_row{{"values", json::array({json::object()})}};
    json rule{
        {"data", one_row},
        {"mark",
         {{"type", "rule"}, {"color", style::dark_grey}, {"strokeDash", json::array({3, 3})}, {"strokeWidth", 2}}},
        {"encoding", {{"y", {{"datum", target}}}}}};
    json label{{"data", one_row},
               {"mark",
                {{"type", "text"},
                 {"align", "left"},
                 {"x", "width"},
                 {"dx", 10},
                 {"fontSize", l.small_size},
                 {"color", style::text_colour}}},
               {"encoding", {{"y", {{"datum", target}}}, {"text", {{"value", target_label(target, d, m)}}}}}};
    return json::array({rule, label});
}

json series_layers(const Trend& t, const style::Layout& l) {
    json out = json::array();
    const ChartCell* end = last_shown(t.cells);
    const Earlier* earlier_end = last_shown(t.earlier);
    // Layers with no rows would make Vega warn of an empty scale domain.
    auto any = [&](auto test) { return std::any_of(t.cells.begin(), t.cells.end(), test); };
    if (!t.earlier.empty()) out.push_back(line_layer("year_earlier", style::orange, true));
    if (end) {
        out.push_back(line_layer("figure", style::dark_blue, false));
        out.push_back(points_layer(t.messages));
    }
    if (any([](const ChartCell& c) { return !c.shown(); })) out.push_back(gaps_layer());
    if (any([](const ChartCell& c) { return c.shown() && status_text(c) == "revised"; }))
        out.push_back(revised_layer(t.messages));
    auto [dy, earlier_dy] = end ? label_offsets(t, *end, earlier_end, plot_height(l)) : std::pair{0.0, 0.0};
    if (end) out.push_back(end_label(*end, "figure", {{"field", "shown"}}, dy, true, l));
    if (earlier_end) {
        out.push_back(end_label(earlier_end->cell, "year_earlier",
                                {{"value", t.messages.text("chart.trend.label.year_earlier")}}, earlier_dy, false, l));
    }
    return out;
}

// Every series layer has the period across and the value up; the target's
// layers do not inherit them (an inherited field would filter out their row).
json layers(const Trend& t, const json& x, const style::Layout& l) {
    json out = series_layers(t, l);
    for (auto& layer : out) {
        layer["encoding"]["x"] = x;
        if (!layer["encoding"].contains("y")) layer["encoding"]["y"] = y_value(t.ind.def);
    }
    if (t.target) {
        for (auto& layer : target_layers(*t.target, t.ind.def, l, t.messages)) out.push_back(layer);
    }
    return out;
}

}  // namespace

namespace {

std::vector<Earlier> year_earlier(const PublishedIndicator& ind, const std::vector<Period>& periods) {
    std::vector<Earlier> out;
    if (periods.empty() || periods.front().periods_per_year() < 2) return out;
    bool any_shown = false;
    for (const auto& p : periods) {
        Period before = p.same_period_last_year();
        const PublishedCell* cell = ind.cell("", "", before);
        if (!cell) continue;
        out.push_back({p, {before, "", "", cell}});
        any_shown = any_shown || out.back().cell.shown();
    }
    if (!any_shown) out.clear();
    return out;
}

std::string subtitle(const Trend& t) {
    const Period& first = t.cells.front().period;
    return t.messages.text(text::period_kind_id("chart.trend.subtitle.", first),
                           {{"unit", text::unit_phrase(t.ind.def, t.messages)},
                            {"periods", text::period_range({first, t.cells.back().period}, t.messages)}});
}

std::vector<std::string> key(const Trend& t) {
    const Period& first = t.cells.front().period;
    std::vector<std::string> lines;
    if (t.target) lines.push_back(t.messages.text("chart.trend.key.target"));
    if (!t.earlier.empty())
        lines.push_back(t.messages.text(text::period_kind_id("chart.trend.key.year_earlier.", first)));
    return lines;
}

std::vector<std::string> notes(const Trend& t) {
    std::vector<std::string> out;
    if (auto gaps = text::gap_note(hidden_symbols(t.cells), t.messages); !gaps.empty()) out.push_back(gaps);
    bool provisional =
        std::any_of(t.cells.begin(), t.cells.end(), [](const ChartCell& c) { return status_text(c) == "provisional"; });
    bool revised =
        std::any_of(t.cells.begin(), t.cells.end(), [](const ChartCell& c) { return status_text(c) == "revised"; });
    if (provisional) out.push_back(t.messages.text("chart.trend.note.provisional"));
    if (revised) out.push_back(t.messages.text("chart.trend.note.revised"));
    return out;
}

// Room for the labels at the right-hand end of the lines.
double end_label_px(const Trend& t, const style::Layout& l) {
    double px = 0;
    if (const ChartCell* end = last_shown(t.cells))
        px = style::text_px(shown_text(*end, t.ind.def), l.label_size, true);
    if (last_shown(t.earlier))
        px = std::max(px, style::text_px(t.messages.text("chart.trend.label.year_earlier"), l.small_size));
    if (t.target) px = std::max(px, style::text_px(target_label(*t.target, t.ind.def, t.messages), l.small_size));
    return px + 12;
}

// The plot's share of the drawing: less the padding and value axis (about
// 40 px) and the end labels, which start half a period in from its edge.
double plot_width(const Trend& t, const style::Layout& l) {
    double periods = static_cast<double>(t.cells.size());
    return (l.width - 40 - end_label_px(t, l)) / (1 - 1 / (2 * periods));
}

json spec(const Trend& t, const std::vector<Period>& periods, const std::string& summary, const style::Layout& l) {
    std::vector<std::string> labels = text::short_labels(periods, t.messages);
    // Two lines ("Oct to Dec" over "2022") keep period labels horizontal.
    bool two_lines = periods.front().kind() != PeriodKind::financial_year;
    json x{{"field", "label"},
           {"type", "ordinal"},
           {"sort", labels},
           {"axis", style::period_axis(labels, two_lines, l, plot_width(t, l))}};
    json out = style::base_spec(l, summary, rows(t));
    out["height"] = plot_height(l);
    out["layer"] = layers(t, x, l);
    return out;
}

}  // namespace

Chart trend_chart(const PublishedIndicator& ind, const Messages& messages, const TrendOptions& options) {
    std::vector<Period> periods = options.periods.empty() ? ind.periods : options.periods;
    if (periods.empty()) throw std::invalid_argument("a trend chart needs at least one period");
    Trend t{ind, messages, series_cells(ind, "", "", periods), {}, options.target};
    if (!t.target) t.earlier = year_earlier(ind, periods);

    Chart chart;
    chart.slug = text::slug_of({ind.def.id, "trend"});
    chart.title = message(t);
    chart.subtitle = subtitle(t);
    chart.key = key(t);
    chart.summary = summary(t);
    chart.notes = notes(t);
    chart.hidden = static_cast<int>(hidden_symbols(t.cells).size());
    chart.spec = spec(t, periods, chart.summary, style::wide);
    chart.narrow_spec = spec(t, periods, chart.summary, style::narrow);
    chart.csv = cells_csv(t.cells, ind.def);
    return chart;
}

}  // namespace candour
