#pragma once
// The look every chart shares, after the Government Analysis Function's
// guidance on charts: an accessible palette with at most four colours in one
// chart, horizontal text, direct labels, a title that says the message and a
// subtitle that says the measure. Fonts are ones a reader's machine has.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace candour::chart_style {

inline constexpr const char* dark_blue = "#12436D";
inline constexpr const char* turquoise = "#28A197";
inline constexpr const char* dark_pink = "#801650";
inline constexpr const char* orange = "#F46A25";
inline constexpr const char* dark_grey = "#3D3D3D";
inline constexpr const char* light_purple = "#A285D1";
inline constexpr const char* text_colour = "#0B0C0C";
inline constexpr const char* secondary_text = "#505A5F";  // 7:1 on white
inline constexpr const char* rule_colour = "#B1B4B6";
inline constexpr const char* font = "Liberation Sans, Arial, sans-serif";

inline constexpr int max_colours = 4;
inline constexpr int plot_width = 500;  // the plotting area; labels and titles add to it
inline constexpr int title_size = 19;
inline constexpr int label_size = 15;

// The first `n` colours of the categorical palette, in the order the
// guidance gives; throws std::logic_error for more than four.
std::vector<std::string> categorical(int n);

// A spec with the shared config, the title (wrapped to the chart's width)
// and subtitle lines, the description (the text summary) and the data.
nlohmann::json base_spec(const std::string& title, const std::vector<std::string>& subtitle,
                         const std::string& description, nlohmann::json values);

// Breaks `text` into lines no wider than `width_px` at `font_px`, at spaces,
// using Liberation Sans's average character widths. Vega titles do not wrap.
std::vector<std::string> wrap(const std::string& text, double width_px, double font_px, bool bold = false);

}  // namespace candour::chart_style
