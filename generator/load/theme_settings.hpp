#pragma once
// A theme's settings (docs/templates.md, "Theme settings"): theme.yaml in the
// theme's folder, with the site's templates/overrides/theme.yaml replacing
// single settings. Today: the colours of the charts, checked for contrast
// against the chart's background as WCAG 2.2 AA asks (3:1 for the parts of
// a chart, 4.5:1 for text), so a site cannot publish a chart its readers
// cannot see.
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"

namespace candour {

struct ThemeColour {
    std::string value;  // "#12436D"
    SourcePos pos;      // where it was set
    int layer = 0;      // 0: the site's overrides; higher: the theme's own, then the default theme's
};

struct ChartColours {
    std::vector<ThemeColour> series;  // the categorical palette, four, in order
    ThemeColour text, secondary_text, axis, grid, background;
};

struct ThemeSettings {
    ChartColours chart_colours;
};

// One theme.yaml's text and the name to give it in messages.
struct ThemeSettingsSource {
    std::string text;
    std::string display_path;
};

// `sources` in order of precedence (the site's overrides first); each
// setting is taken from the first that has it, and the last (the default
// theme's) must have all of them.
ThemeSettings load_theme_settings(const std::vector<ThemeSettingsSource>& sources, Diagnostics& diags);

// The WCAG 2.2 contrast ratio of two "#RRGGBB" colours, 1 to 21.
double contrast_ratio(const std::string& a, const std::string& b);

}  // namespace candour
