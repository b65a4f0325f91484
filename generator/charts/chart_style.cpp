#include "charts/chart_style.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <sstream>
#include <stdexcept>
#include <utility>

namespace candour::chart_style {

using nlohmann::json;

namespace {

// Approximate advance widths of Liberation Sans (thousandths of the font
// size) by kind of character: close enough to wrap a title, and slightly
// generous so a wrapped line never runs past the chart.
double char_width(unsigned char c, bool bold) {
    double w = 556;
    if (c == ' ')
        w = 278;
    else if (c == 'i' || c == 'j' || c == 'l' || c == '.' || c == ',' || c == '\'' || c == ':')
        w = 250;
    else if (c == 'f' || c == 't' || c == 'r' || c == '(' || c == ')' || c == '-')
        w = 333;
    else if (c == 'm' || c == 'w' || c == '%')
        w = 860;
    else if (c >= 'A' && c <= 'Z')
        w = c == 'I' ? 278 : (c == 'M' || c == 'W' ? 880 : 700);
    return (bold ? 1.08 : 1.0) * w;
}

double text_width(const std::string& text, double font_px, bool bold) {
    double w = 0;
    for (unsigned char c : text) {
        if ((c & 0xC0) == 0x80) continue;  // continuation byte of a UTF-8 character
        w += char_width(c, bold);
    }
    return w * font_px / 1000.0;
}

constexpr int padding_px = 8;  // around every drawing

json axis_config(const Layout& l) {
    return {
        {"labelFontSize", l.label_size}, {"labelColor", text_colour},     {"labelAngle", 0},  // horizontal text only
        {"labelLimit", l.axis_label_px}, {"titleFontSize", l.label_size}, {"titleFontWeight", "normal"},
        {"titleColor", text_colour},     {"domainColor", dark_grey},      {"tickColor", dark_grey},
        {"gridColor", grid_colour}};
}

json config(const Layout& l) {
    // Legends above the plot: in a row when there is room, stacked on a phone.
    return {{"font", font},
            {"background", background},
            {"padding", padding_px},
            {"view", {{"stroke", nullptr}}},
            {"axis", axis_config(l)},
            {"axisX", {{"grid", false}}},
            {"axisY", {{"domain", false}, {"ticks", false}, {"titlePadding", 8}}},
            {"legend",
             {{"orient", "top"},
              {"direction", l.narrow() ? "vertical" : "horizontal"},
              {"labelFontSize", l.label_size},
              {"labelColor", text_colour},
              {"labelLimit", l.width - 40},
              {"symbolSize", 200},
              {"title", nullptr}}},
            {"header", {{"labelFontSize", l.label_size}, {"labelColor", text_colour}, {"labelAnchor", "start"}}},
            {"text", {{"fontSize", l.label_size}, {"color", text_colour}}},
            {"line", {{"strokeWidth", 3}}},
            {"point", {{"size", 70}, {"strokeWidth", 2}, {"opacity", 1}}}};
}

// A string as a Vega expression literal.
std::string quoted(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'' || c == '\\') out += '\\';
        out += c;
    }
    return out + "'";
}

}  // namespace

const Palette& default_palette() {
    static const Palette palette{
        {dark_blue, turquoise, dark_pink, orange}, text_colour, secondary_text, dark_grey, grid_colour, background};
    return palette;
}

namespace {

bool same_colour(const std::string& a, const char* b) {
    return a.size() == std::char_traits<char>::length(b) &&
           std::equal(a.begin(), a.end(), b, [](char x, char y) { return std::toupper(x) == std::toupper(y); });
}

// The colour `palette` has in place of a default one; null if `value` is not one.
const std::string* swap_for(const std::string& value, const Palette& palette) {
    if (value.size() != 7 || value[0] != '#') return nullptr;
    const Palette& d = default_palette();
    for (std::size_t i = 0; i < d.series.size(); ++i) {
        if (same_colour(value, d.series[i].c_str())) return &palette.series[i];
    }
    const std::pair<const std::string*, const std::string*> roles[] = {{&d.text, &palette.text},
                                                                       {&d.secondary_text, &palette.secondary_text},
                                                                       {&d.axis, &palette.axis},
                                                                       {&d.grid, &palette.grid},
                                                                       {&d.background, &palette.background}};
    for (const auto& [from, to] : roles) {
        if (same_colour(value, from->c_str())) return to;
    }
    return nullptr;
}

void recolour_node(json& node, const Palette& palette) {
    if (node.is_string()) {
        if (const std::string* to = swap_for(node.get_ref<const std::string&>(), palette)) node = *to;
    } else if (node.is_object()) {
        for (auto& [key, value] : node.items()) {
            // Figures and words: a title object holds colours (config.title), its text does not.
            if (key == "data" || key == "description" || (key == "title" && !value.is_object())) continue;
            recolour_node(value, palette);
        }
    } else if (node.is_array()) {
        for (auto& value : node) recolour_node(value, palette);
    }
}

}  // namespace

void recolour(json& spec, const Palette& palette) {
    recolour_node(spec, palette);
}

std::vector<std::string> categorical(int n) {
    static const std::vector<std::string> palette = {dark_blue, turquoise, dark_pink, orange};
    if (n < 0 || n > max_colours) throw std::logic_error("a chart may use at most four colours");
    return {palette.begin(), palette.begin() + n};
}

std::vector<std::string> wrap(const std::string& text, double width_px, double font_px, bool bold) {
    std::vector<std::string> lines;
    std::istringstream words(text);
    std::string line;
    for (std::string word; words >> word;) {
        std::string longer = line.empty() ? word : line + " " + word;
        if (!line.empty() && text_width(longer, font_px, bold) > width_px) {
            lines.push_back(line);
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

json base_spec(const Layout& layout, const std::string& description, json values) {
    return {{"$schema", "https://vega.github.io/schema/vega-lite/v5.json"},
            {"description", description},
            {"config", config(layout)},
            {"width", layout.width},
            {"autosize", {{"type", "fit-x"}, {"contains", "padding"}}},
            {"data", {{"values", std::move(values)}}}};
}

json titled(json spec, const std::string& title, const std::vector<std::string>& subtitle) {
    const double width = wide.width - 16;  // the download is the wide drawing; less its padding
    json sub = json::array();
    for (const auto& s : subtitle) {
        for (auto& line : wrap(s, width, 16)) sub.push_back(line);
    }
    spec["title"] = {{"text", wrap(title, width, title_size, true)}, {"subtitle", sub}};
    spec["config"]["title"] = {
        {"anchor", "start"},      {"fontSize", title_size},          {"fontWeight", "bold"}, {"color", text_colour},
        {"subtitleFontSize", 16}, {"subtitleColor", secondary_text}, {"subtitlePadding", 6}, {"offset", 16}};
    return spec;
}

std::string period_label_expr(const Layout& layout) {
    return layout.narrow() ? "replace(datum.label, ' to ', '–')" : "datum.label";
}

json period_axis(const std::vector<std::string>& labels, bool two_lines, const Layout& layout, double plot_px) {
    json axis{{"title", nullptr}, {"labelPadding", 6}, {"labelFontSize", layout.small_size}};
    std::string label = period_label_expr(layout);
    if (two_lines) {
        // "Oct to Dec 2022" is drawn as "Oct to Dec" over "2022".
        axis["labelExpr"] = fmt::format("[slice({0}, 0, -5), slice({0}, -4)]", label);
    } else if (layout.narrow()) {
        axis["labelExpr"] = label;
    }
    int room = std::max(1, static_cast<int>(plot_px / layout.period_label_px));
    int n = static_cast<int>(labels.size());
    if (n > room) {
        // Every step-th label, counting back from the latest: the point of a trend.
        int step = (n + room - 1) / room;
        json values = json::array();
        for (int i = (n - 1) % step; i < n; i += step) values.push_back(labels[i]);
        axis["values"] = values;
    }
    return axis;
}

std::string wrapped_labels(const std::vector<std::string>& labels, const Layout& layout) {
    std::string expr = "datum.label";
    for (auto it = labels.rbegin(); it != labels.rend(); ++it) {
        auto lines = wrap(*it, layout.axis_label_px, layout.label_size);
        if (lines.size() < 2) continue;
        std::string list;
        for (const auto& line : lines) list += (list.empty() ? "" : ", ") + quoted(line);
        expr = fmt::format("datum.label === {} ? [{}] : {}", quoted(*it), list, expr);
    }
    return expr;
}

int most_lines(const std::vector<std::string>& labels, const Layout& layout) {
    std::size_t most = 1;
    for (const auto& l : labels) most = std::max(most, wrap(l, layout.axis_label_px, layout.label_size).size());
    return static_cast<int>(most);
}

void plot_width_within(json& spec, const Layout& layout, double left_px, double right_px) {
    spec["width"] = static_cast<int>(layout.width - 2 * padding_px - std::ceil(left_px) - std::ceil(right_px));
    spec["autosize"] = {{"type", "pad"}};
}

double text_px(const std::string& text, double font_px, bool bold) {
    return text_width(text, font_px, bold);
}

double widest(const json& values, const std::string& field, double font_px, bool bold) {
    double most = 0;
    for (const auto& row : values) {
        auto it = row.find(field);
        if (it == row.end() || it->is_null()) continue;
        std::string text = it->is_string() ? it->get<std::string>() : it->dump();
        most = std::max(most, text_width(text, font_px, bold));
    }
    return most;
}

double bars_down(json& spec, const std::string& field, const json& order, const Layout& layout, double right_px) {
    std::vector<std::string> labels = order.get<std::vector<std::string>>();
    json axis{{"title", nullptr}};
    if (layout.narrow()) axis["labelExpr"] = wrapped_labels(labels, layout);
    int lines = layout.narrow() ? most_lines(labels, layout) : 1;
    double label_px = 0;
    for (const auto& label : labels) {
        for (const auto& line : wrap(label, layout.narrow() ? layout.axis_label_px : 1e9, layout.label_size))
            label_px = std::max(label_px, text_px(line, layout.label_size));
    }
    // Axis labels stop at labelLimit; they sit 2 px from the plot.
    double left_px = std::min<double>(label_px, layout.axis_label_px) + 4;
    plot_width_within(spec, layout, left_px, right_px);
    // A fixed height, not a step: Vega-Lite warns of a step beside fit-x.
    int step = std::max(36, lines * (layout.label_size + 3) + 8);
    spec["height"] = step * static_cast<int>(labels.size());
    spec["encoding"]["y"] = {{"field", field}, {"type", "nominal"}, {"sort", order}, {"axis", axis}};
    return left_px;
}

void legend_from_left(json& spec, double left_px, int entries, const Layout& layout) {
    auto& legend = spec["config"]["legend"];
    legend["orient"] = "none";
    legend["legendX"] = -std::ceil(left_px);
    legend["legendY"] = -(entries * (layout.label_size + 6) + 10);
}

}  // namespace candour::chart_style
