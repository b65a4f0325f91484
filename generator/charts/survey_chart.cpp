#include "charts/survey_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "charts/chart_data.hpp"
#include "charts/chart_style.hpp"
#include "charts/chart_text.hpp"
#include "kpi/format.hpp"

namespace candour {

using nlohmann::json;
namespace style = chart_style;
namespace text = chart_text;

namespace {

constexpr const char* all_themes = "All themes";
constexpr const char* good_label = "Rated good or very good";
constexpr const char* other_label = "Did not rate it good or very good";
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

std::vector<ChartCell> theme_cells(const PublishedIndicator& ind, const Breakdown& themes, const Period& p) {
    std::vector<ChartCell> out;
    if (const PublishedCell* total = ind.cell("", "", p)) out.push_back({p, "", all_themes, total});
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

json rows(const std::vector<ChartCell>& cells, const Indicator& d, const LabelFit& fit) {
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
        values.push_back(segment(c, good_label, 0, good, d, fit));
        values.push_back(segment(c, other_label, -(100 - good), 0, d, fit));
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

json bars(const style::Layout& l, const LabelFit& fit) {
    json colour{{"field", "side"},
                {"type", "nominal"},
                {"scale",
                 {{"domain", json::array({good_label, other_label})},
                  {"range", json::array({style::dark_blue, style::orange})}}}};
    return {{"transform", filter("datum.side !== 'hidden'")},
            {"mark", {{"type", "bar"}}},
            {"encoding",
             {{"x", x_of("start", l, fit)},
              {"x2", {{"field", "end"}}},
              {"color", colour},
              {"tooltip", json::array({{{"field", "group"}, {"title", "Theme"}},
                                       {{"field", "side"}, {"title", "Rating"}},
                                       {{"field", "shown"}, {"title", "Share"}}})}}}};
}

// Labels sit inside a wide enough segment (white on blue, black on orange:
// both above 4.5:1) and outside its end otherwise.
json label(const std::string& test, const char* at, const char* align, double dx, const char* colour) {
    return {{"transform", filter(test)},
            {"mark", {{"type", "text"}, {"align", align}, {"dx", dx}, {"color", colour}, {"fontWeight", "bold"}}},
            {"encoding", {{"x", {{"field", at}, {"type", "quantitative"}}}, {"text", {{"field", "shown"}}}}}};
}

json layers(const style::Layout& l, const LabelFit& fit) {
    std::string good = fmt::format("datum.side === '{}'", good_label);
    std::string other = fmt::format("datum.side === '{}'", other_label);
    json centre{{"mark", {{"type", "rule"}, {"color", style::dark_grey}, {"strokeWidth", 2}}},
                {"encoding", {{"x", {{"datum", 0}, {"type", "quantitative"}}}}}};
    json hidden{{"transform", filter("datum.side === 'hidden'")},
                {"mark", {{"type", "text"}, {"align", "left"}, {"dx", 6}, {"color", style::secondary_text}}},
                {"encoding", {{"x", {{"datum", 0}, {"type", "quantitative"}}}, {"text", {{"field", "shown"}}}}}};
    return json::array({bars(l, fit), centre, label(good + " && datum.inside", "mid", "center", 0, "#FFFFFF"),
                        label(other + " && datum.inside", "mid", "center", 0, style::text_colour),
                        label(good + " && !datum.inside", "end", "left", 4, style::text_colour),
                        label(other + " && !datum.inside", "start", "right", -4, style::text_colour), hidden});
}

// The theme rated good or very good least often, of those shown.
std::string message(const std::vector<ChartCell>& cells, const Indicator& d, const Period& p) {
    const ChartCell* low = nullptr;
    bool all_shown = true;
    for (const auto& c : cells) {
        if (c.group == all_themes) continue;
        all_shown = all_shown && c.shown();
        if (c.shown() && (!low || c.cell->value.number() < low->cell->value.number())) low = &c;
    }
    if (!low) return fmt::format("No ratings by theme can be shown for {}", p.label());
    return fmt::format("{} was rated good or very good least often{} ({}) in {}", low->group,
                       all_shown ? "" : " of the themes shown", display_value(low->cell->value, d), p.label());
}

std::string summary(const std::vector<ChartCell>& cells, const Indicator& d, const Period& p) {
    std::string out = fmt::format("{}, {}.", text::upper_first(d.title), p.label());
    std::vector<std::string> themes;
    for (const auto& c : cells) {
        if (c.group == all_themes) {
            out += c.shown() ? fmt::format(" Across all themes, {} of ratings were good or very good.",
                                           display_value(c.cell->value, d))
                             : " The figure across all themes is not shown.";
            continue;
        }
        themes.push_back(fmt::format("{} {}", c.group, shown_text(c, d)));
    }
    if (!themes.empty()) out += " By theme: " + text::list_in_words(themes) + ".";
    std::string gaps = text::gap_note(hidden_symbols(cells));
    return gaps.empty() ? out : out + " " + gaps;
}

}  // namespace

Chart survey_chart(const PublishedIndicator& ind, const Breakdown& themes, const Period& period) {
    const Indicator& d = ind.def;
    std::vector<ChartCell> cells = theme_cells(ind, themes, period);
    json order = json::array();
    for (const auto& c : cells) order.push_back(c.group);
    Chart chart;
    chart.slug = text::slug_of({d.id, themes.id, "ratings", period.code()});
    chart.title = message(cells, d, period);
    chart.subtitle = fmt::format("Per cent of ratings by {}, {}", text::lower_first(themes.title), period.label());
    chart.summary = summary(cells, d, period);
    if (auto gaps = text::gap_note(hidden_symbols(cells)); !gaps.empty()) chart.notes.push_back(gaps);
    chart.notes.push_back(
        "Left of the centre line is everyone who did not rate the theme good or very good: "
        "the figures do not say how they rated it.");
    chart.hidden = static_cast<int>(hidden_symbols(cells).size());
    auto draw = [&](const style::Layout& l) {
        json spec = style::base_spec(l, chart.summary, json::array());
        double left = style::bars_down(spec, "group", order, l, 0);
        LabelFit fit = fit_labels(cells, d, l, spec["width"].get<double>());
        spec["data"]["values"] = rows(cells, d, fit);
        if (l.narrow()) style::legend_from_left(spec, left, 2, l);
        spec["layer"] = layers(l, fit);
        return spec;
    };
    chart.spec = draw(style::wide);
    chart.narrow_spec = draw(style::narrow);
    chart.csv = cells_csv(cells, d);
    return chart;
}

}  // namespace candour
