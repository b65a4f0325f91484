#include "load/theme_settings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>

#include "load/yaml_fields.hpp"

namespace candour {

namespace {

constexpr const char* docs = "docs/templates.md, \"Theme settings\"";
constexpr int series_count = 4;

const std::vector<std::string>& colour_keys() {
    static const std::vector<std::string> keys = {"series", "text", "secondary_text", "axis", "grid", "background"};
    return keys;
}

bool is_hex_colour(const std::string& s) {
    if (s.size() != 7 || s[0] != '#') return false;
    for (std::size_t i = 1; i < s.size(); ++i) {
        if (!std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
    }
    return true;
}

double channel(const std::string& hex, std::size_t at) {
    double c = std::stoi(hex.substr(at, 2), nullptr, 16) / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const std::string& hex) {
    return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

// "2.9:1": rounded down, so a ratio just short of the minimum never reads as it.
std::string ratio_text(double ratio) {
    return fmt::format("{:.1f}:1", std::floor(ratio * 10) / 10);
}

class SettingsReader {
public:
    explicit SettingsReader(Diagnostics& diags) : diags_(diags) {}

    // Reads one file's settings into `out` where `out` has none yet.
    void read(const ThemeSettingsSource& source, int layer, ChartColours& out) {
        YamlSource src{source.display_path, source.text};
        auto root = parse_yaml(src, source.text, diags_);
        if (!root || root->IsNull()) return;
        YamlFields fields(src, diags_);
        if (!root->IsMap()) {
            diags_.error(src.start(), "theme.yaml must be a list of settings such as 'chart_colours:'",
                         fmt::format("see {}", docs));
            return;
        }
        fields.check_keys(*root, {"chart_colours"}, "theme.yaml");
        const YAML::Node colours = (*root)["chart_colours"];
        if (!colours || colours.IsNull()) return;
        if (!colours.IsMap()) {
            diags_.error(fields.pos(colours), "'chart_colours' must be a list of colours such as 'text: \"#0B0C0C\"'",
                         fmt::format("see {}", docs));
            return;
        }
        fields.check_keys(colours, colour_keys(), "chart_colours");
        read_series(fields, colours, layer, out.series);
        read_one(fields, colours, "text", layer, out.text);
        read_one(fields, colours, "secondary_text", layer, out.secondary_text);
        read_one(fields, colours, "axis", layer, out.axis);
        read_one(fields, colours, "grid", layer, out.grid);
        read_one(fields, colours, "background", layer, out.background);
    }

private:
    // `key_pos`: where the key is, for a value YAML did not see.
    std::optional<std::string> colour(YamlFields& fields, const YAML::Node& node, const std::string& name,
                                      const SourcePos& key_pos) {
        if (node.IsNull()) {
            // "text: #0B0C0C" without quotes: YAML reads "#..." as a comment.
            diags_.error(key_pos, fmt::format("chart colour '{}' has no value", name),
                         "write the colour in quotes, such as \"#0B0C0C\": without them YAML reads '#' as the "
                         "start of a comment");
            return std::nullopt;
        }
        if (!node.IsScalar() || !is_hex_colour(node.Scalar())) {
            std::string shown = node.IsScalar() ? node.Scalar() : std::string("a list");
            diags_.error(fields.pos(node), fmt::format("chart colour '{}' is '{}', not a colour", name, shown),
                         "write '#' and six hexadecimal digits, in quotes, such as \"#12436D\"");
            return std::nullopt;
        }
        return node.Scalar();
    }

    void read_one(YamlFields& fields, const YAML::Node& map, const char* key, int layer, ThemeColour& out) {
        if (!out.value.empty()) return;  // an earlier layer set it
        const YAML::Node node = map[key];
        if (!node) return;
        if (auto value = colour(fields, node, key, fields.key_pos(map, key))) out = {*value, fields.pos(node), layer};
    }

    void read_series(YamlFields& fields, const YAML::Node& map, int layer, std::vector<ThemeColour>& out) {
        if (!out.empty()) return;
        const YAML::Node node = map["series"];
        if (!node) return;
        if (!node.IsSequence() || node.size() != series_count) {
            diags_.error(fields.pos(node), fmt::format("'series' must list {} colours", series_count),
                         "write them in the order charts use them: series: [\"#12436D\", \"#28A197\", \"#801650\", "
                         "\"#F46A25\"]");
            return;
        }
        std::vector<ThemeColour> series;
        for (std::size_t i = 0; i < node.size(); ++i) {
            auto value = colour(fields, node[i], fmt::format("series {}", i + 1), fields.pos(node[i]));
            if (!value) return;
            series.push_back({*value, fields.pos(node[i]), layer});
        }
        out = std::move(series);
    }

    Diagnostics& diags_;
};

// A colour against the background: an error at whichever of the two the
// site (or the nearer layer) set, as that is the one to change.
void check_contrast(const ThemeColour& fore, const std::string& name, const ThemeColour& back, double minimum,
                    const char* what, Diagnostics& diags) {
    if (fore.value.empty() || back.value.empty()) return;
    double ratio = contrast_ratio(fore.value, back.value);
    if (ratio >= minimum) return;
    bool blame_background = back.layer < fore.layer;
    diags.error(blame_background ? back.pos : fore.pos,
                fmt::format("chart colour '{}' ({}) has a contrast of {} with the chart background ({}): WCAG 2.2 "
                            "AA needs at least {}:1 for {}",
                            name, fore.value, ratio_text(ratio), back.value, minimum, what),
                blame_background
                    ? fmt::format("choose a background that keeps {}:1 with every chart colour", minimum)
                    : fmt::format("choose a {} colour (a contrast checker gives the ratio), or leave it out to "
                                  "keep the theme's",
                                  luminance(back.value) > 0.18 ? "darker" : "lighter"));
}

}  // namespace

double contrast_ratio(const std::string& a, const std::string& b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

ThemeSettings load_theme_settings(const std::vector<ThemeSettingsSource>& sources, Diagnostics& diags) {
    ThemeSettings settings;
    ChartColours& c = settings.chart_colours;
    SettingsReader reader(diags);
    for (std::size_t i = 0; i < sources.size(); ++i) reader.read(sources[i], static_cast<int>(i), c);

    SourcePos last = sources.empty() ? SourcePos{"templates/default/theme.yaml", 1, 1}
                                     : SourcePos{sources.back().display_path, 1, 1};
    auto missing = [&](const char* key) {
        diags.error(last, fmt::format("theme.yaml has no chart colour '{}'", key),
                    fmt::format("add it under 'chart_colours:', as in the default theme's theme.yaml ({})", docs));
    };
    if (c.series.empty()) missing("series");
    const std::pair<const char*, ThemeColour*> singles[] = {{"text", &c.text},
                                                            {"secondary_text", &c.secondary_text},
                                                            {"axis", &c.axis},
                                                            {"grid", &c.grid},
                                                            {"background", &c.background}};
    for (const auto& [key, colour] : singles) {
        if (colour->value.empty()) missing(key);
    }

    const char* marks = "the parts of a chart";
    for (std::size_t i = 0; i < c.series.size(); ++i)
        check_contrast(c.series[i], fmt::format("series {}", i + 1), c.background, 3, marks, diags);
    check_contrast(c.axis, "axis", c.background, 3, marks, diags);
    check_contrast(c.text, "text", c.background, 4.5, "text", diags);
    check_contrast(c.secondary_text, "secondary_text", c.background, 4.5, "text", diags);
    return settings;
}

}  // namespace candour
