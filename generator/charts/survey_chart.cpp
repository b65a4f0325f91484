#include "charts/survey_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

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

// The two sides' names, in the data, the legend and the tooltips.
struct Sides {
    std::string good;   // "Rated good or very good"
    std::string other;  // "Did not rate it good or very good"
};

Sides sides_of(const Messages& m) {
    return {m.text("chart.survey.good"), m.text("chart.survey.other")};
}

// The overall figure's bar ("All themes") is the one outside the breakdown.
bool all_themes(const ChartCell& c) {
    return c.breakdown.empty();
}
// Where the labels go in a drawing whose plot is `plot_px` wide: inside a
// segment wide enough for its text, else beyond its outer end; and how many
// points the scale reaches past 100 on each side so that labels outside
// never run into the theme names or off the drawing.
struct LabelFit {
    double label_size = 0;
    double px_per_point = 1;
    double reach_left = 0;
    double reach_right = 0;

    double text_px(const std::string& text) const { return style::text_px(text, label_size, true); }
    bool inside(double share, const std::string& text) const { return share * px_per_point >= text_px(text) + 6; }
};

std::vector<ChartCell> theme_cells(const PublishedIndicator& ind, const Breakdown& themes, const Period& p,
                                   const Messages& m) {
    std::vector<ChartCell> out;
    if (const PublishedCell* total = ind.cell("", "", p))
        out.push_back({p, "", m.text("chart.survey.all_themes"), total});
    for (const auto& g : themes.groups) {
        if (const PublishedCell* cell = ind.cell(themes.id, g, p)) out.push_back({p, themes.id, g, cell});
    }
    return out;
}

std::string percent(double v, const Indicator& d) {
    return format_number(v, d.decimals) + "%";
}

json segment(const ChartCell& c, const std::string& side, double start, double end, const Indicator& d,
             const LabelFit& fit) {
    double share = end - start;
    return {{"group", c.group},
            {"period", c.period.code()},
            {"side", side},
            {"start", start},
            {"end", end},
            {"mid", (start + end) / 2},
            {"shown", percent(share, d)},
            {"inside", fit.inside(share, percent(share, d))},
            {"status", status_text(c)}};
}

LabelFit fit_labels(const std::vector<ChartCell>& cells, const Indicator& d, const style::Layout& l, double plot_px) {
    LabelFit fit;
    fit.label_size = l.label_size;
    // The reach narrows the scale, which moves the labels: it only grows,
    // so a few rounds settle it.
    for (int round = 0; round < 8; ++round) {
        fit.px_per_point = plot_px / (200 + fit.reach_left + fit.reach_right);
        double left = fit.reach_left, right = fit.reach_right;
        for (const auto& c : cells) {
            if (!c.shown()) continue;
            double good = c.cell->value.number();
            auto past_edge = [&](double share) {
                std::string text = percent(share, d);
                if (fit.inside(share, text)) return 0.0;
                return std::ceil(share + (fit.text_px(text) + 4) / fit.px_per_point - 100);
            };
            right = std::max(right, past_edge(good));
            left = std::max(left, past_edge(100 - good));
        }
        if (left == fit.reach_left && right == fit.reach_right) break;
        fit.reach_left = left;
        fit.reach_right = right;
    }
    fit.px_per_point = plot_px / (200 + fit.reach_left + fit.reach_right);
    return fit;
}

json rows(const std::vector<ChartCell>& cells, const Indicator& d, const LabelFit& fit, const Sides& sides) {
    json values = json::array();
    for (const auto& c : cells) {
        if (!c.shown()) {
            values.push_back({{"group", c.group},
                              {"period", c.period.code()},
                              {"side", "hidden"},
                              {"shown", symbol_text(c.symbol())}});
            continue;
        }
        double good = c.cell->value.number();
        values.push_back(segment(c, sides.good, 0, good, d, fit));
        values.push_back(segment(c, sides.other, -(100 - good), 0, d, fit));
    }
    return values;
}

json filter(const std::string& test) {
    return json::array({{{"filter", test}}});
}

json x_of(const char* field, const style::Layout& l, const LabelFit& fit) {
    json ticks = l.narrow() ? json::array({-100, 0, 100}) : json::array({-100, -50, 0, 50, 100});
    return {{"field", field},
            {"type", "quantitative"},
            {"scale", {{"domain", json::array({-100 - fit.reach_left, 100 + fit.reach_right})}}},
            {"axis",
             {{"title", nullptr},
              {"values", ticks},
              {"labelFlush", true},
              {"grid", true},
              {"labelExpr", "abs(datum.value) + '%'"}}}};
}

json bars(const style::Layout& l, const LabelFit& fit, const Sides& sides, const Messages& m) {
    json colour{{"field", "side"},
                {"type", "nominal"},
                {"scale",
                 {{"domain", json::array({sides.good, sides.other})},
                  {"range", json::array({style::dark_blue, style::orange})}}}};
    return {{"transform", filter("datum.side !== 'hidden'")},
            {"mark", {{"type", "bar"}}},
            {"encoding",
             {{"x", x_of("start", l, fit)},
              {"x2", {{"field", "end"}}},
              {"color", colour},
              {"tooltip", json::array({{{"field", "group"}, {"title", m.text("chart.tooltip.theme")}},
                                       {{"field", "side"}, {"title", m.text("chart.tooltip.rating")}},
                                       {{"field", "shown"}, {"title", m.text("chart.tooltip.share")}}})}}}};
}

// Labels sit inside a wide enough segment (white on blue, black on orange:
// both above 4.5:1) and outside its end otherwise.
json label(const std::string& test, const char* at, const char* align, double dx, const char* colour) {
    return {{"transform", filter(test)},
            {"mark", {{"type", "text"}, {"align", align}, {"dx", dx}, {"color", colour}, {"fontWeight", "bold"}}},
            {"encoding", {{"x", {{"field", at}, {"type", "quantitative"}}}, {"text", {{"field", "shown"}}}}}};
}

json layers(const style::Layout& l, const LabelFit& fit, const Sides& sides, const Messages& m) {
    std::string good = "datum.side === " + text::expression_string(sides.good);
    std::string other = "datum.side === " + text::expression_string(sides.other);
    json centre{{"mark", {{"type", "rule"}, {"color", style::dark_grey}, {"strokeWidth", 2}}},
                {"encoding", {{"x", {{"datum", 0}, {"type", "quantitative"}}}}}};
    json hidden{{"transform", filter("datum.side === 'hidden'")},
                {"mark", {{"type", "text"}, {"align", "left"}, {"dx", 6}, {"color", style::secondary_text}}},
                {"encoding", {{"x", {{"datum", 0}, {"type", "quantitative"}}}, {"text", {{"field", "shown"}}}}}};
    return json::array({bars(l, fit, sides, m), centre, label(good + " && datum.inside", "mid", "center", 0, "#FFFFFF"),
                        label(other + " && datum.inside", "mid", "center", 0, style::text_colour),
                        label(good + " && !datum.inside", "end", "left", 4, style::text_colour),
                        label(other + " && !datum.inside", "start", "right", -4, style::text_colour), hidden});
}

// The theme rated good or very good least often, of those shown.
std::string message(const std::vector<ChartCell>& cells, const Indicator& d, const Period& p, const Messages& m) {
    const ChartCell* low = nullptr;
    bool all_shown = true;
    for (const auto& c : cells) {
        if (all_themes(c)) continue;
        all_shown = all_shown && c.shown();
        if (c.shown() && (!low || c.cell->value.number() < low->cell->value.number())) low = &c;
    }
    if (!low) return m.text("chart.survey.title.no_figures", {{"period", period_label(p, m)}});
    return m.text(
        all_shown ? "chart.survey.title.lowest" : "chart.survey.title.lowest_shown",
        {{"theme", low->group}, {"value", display_value(low->cell->value, d)}, {"period", period_label(p, m)}});
}

std::string summary(const std::vector<ChartCell>& cells, const Indicator& d, const Period& p, const Messages& m) {
    std::string out =
        m.text("chart.survey.summary", {{"title", text::upper_first(d.title)}, {"period", period_label(p, m)}});
    std::vector<std::string> themes;
    for (const auto& c : cells) {
        if (all_themes(c)) {
            out += " " + (c.shown() ? m.text("chart.survey.summary.all", {{"value", display_value(c.cell->value, d)}})
                                    : m.text("chart.survey.summary.all_hidden"));
            continue;
        }
        themes.push_back(m.text("chart.survey.figure", {{"theme", c.group}, {"value", shown_text(c, d)}}));
    }
    if (!themes.empty())
        out += " " + m.text("chart.survey.summary.themes", {{"themes", text::list_in_words(themes, m)}});
    std::string gaps = text::gap_note(hidden_symbols(cells), m);
    return gaps.empty() ? out : out + " " + gaps;
}

}  // namespace

Chart survey_chart(const PublishedIndicator& ind, const Breakdown& themes, const Period& period,
                   const Messages& messages) {
    const Indicator& d = ind.def;
    std::vector<ChartCell> cells = theme_cells(ind, themes, period, messages);
    Sides sides = sides_of(messages);
    json order = json::array();
    for (const auto& c : cells) order.push_back(c.group);
    Chart chart;
    chart.slug = text::slug_of({d.id, themes.id, "ratings", period.code()});
    chart.title = message(cells, d, period, messages);
    chart.subtitle = messages.text("chart.survey.subtitle", {{"breakdown", text::lower_first(themes.title)},
                                                             {"period", period_label(period, messages)}});
    chart.summary = summary(cells, d, period, messages);
    if (auto gaps = text::gap_note(hidden_symbols(cells), messages); !gaps.empty()) chart.notes.push_back(gaps);
    chart.notes.push_back(messages.text("chart.survey.note"));
    chart.hidden = static_cast<int>(hidden_symbols(cells).size());
    auto draw = [&](const style::Layout& l) {
        json spec = style::base_spec(l, chart.summary, json::array());
        double left = style::bars_down(spec, "group", order, l, 0);
        LabelFit fit = fit_labels(cells, d, l, spec["width"].get<double>());
        spec["data"]["values"] = rows(cells, d, fit, sides);
        if (l.narrow()) style::legend_from_left(spec, left, 2, l);
        spec["layer"] = layers(l, fit, sides, messages);
        return spec;
    };
    chart.spec = draw(style::wide);
    chart.narrow_spec = draw(style::narrow);
    chart.csv = cells_csv(cells, d);
    return chart;
}

}  // namespace candour
