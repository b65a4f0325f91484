#include "charts/chart_style.hpp"

#include <sstream>
#include <stdexcept>

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

json axis_config() {
    return {{"labelFontSize", label_size}, {"labelColor", text_colour},   {"labelAngle", 0},  // horizontal text only
            {"labelLimit", 220},           {"titleFontSize", label_size}, {"titleFontWeight", "normal"},
            {"titleColor", text_colour},   {"domainColor", dark_grey},    {"tickColor", dark_grey},
            {"gridColor", "#E1E1E1"}};
}

json config() {
    return {{"font", font},
            {"background", "#FFFFFF"},
            {"padding", 8},
            {"view", {{"stroke", nullptr}}},
            {"title",
             {{"anchor", "start"},
              {"fontSize", title_size},
              {"fontWeight", "bold"},
              {"color", text_colour},
              {"subtitleFontSize", 16},
              {"subtitleColor", secondary_text},
              {"subtitlePadding", 6},
              {"offset", 16}}},
            {"axis", axis_config()},
            {"axisX", {{"grid", false}}},
            {"axisY", {{"domain", false}, {"ticks", false}, {"titlePadding", 8}}},
            {"legend",
             {{"orient", "top"},
              {"direction", "horizontal"},
              {"labelFontSize", label_size},
              {"labelColor", text_colour},
              {"labelLimit", 260},
              {"symbolSize", 200},
              {"title", nullptr}}},
            {"header", {{"labelFontSize", label_size}, {"labelColor", text_colour}, {"labelAnchor", "start"}}},
            {"text", {{"fontSize", label_size}, {"color", text_colour}}},
            {"line", {{"strokeWidth", 3}}},
            {"point", {{"size", 70}, {"strokeWidth", 2}, {"opacity", 1}}}};
}

}  // namespace

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

json base_spec(const std::string& title, const std::vector<std::string>& subtitle, const std::string& description,
               json values) {
    const double width = plot_width + 100;  // the axis labels beside the plot widen the chart
    json sub = json::array();
    for (const auto& s : subtitle) {
        for (auto& line : wrap(s, width, 16)) sub.push_back(line);
    }
    return {{"$schema", "https://vega.github.io/schema/vega-lite/v5.json"},
            {"description", description},
            {"title", {{"text", wrap(title, width, title_size, true)}, {"subtitle", sub}}},
            {"config", config()},
            {"data", {{"values", std::move(values)}}}};
}

}  // namespace candour::chart_style
