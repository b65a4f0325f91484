#pragma once
// The look every chart shares, after the Government Analysis Function's
// guidance on charts: an accessible palette with at most four colours in one
// chart, horizontal text, direct labels, a title that says the message and a
// subtitle that says the measure. Fonts are ones a reader's machine has.
//
// Every chart is drawn twice, in two layouts: `wide` for screens with room
// and for print, `narrow` for phones. A page carries both and its CSS shows
// the one that fits (main.css, .chart), so no drawing is ever shrunk until
// its text is under 12 px on a screen from 320 px wide. Titles and
// subtitles are not drawn: the page writes them as text, where they wrap.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace candour::chart_style {

// The default theme's colours (templates/default/theme.yaml, chart_colours).
// Builders draw with these; a theme or site with other colours has them
// swapped in when a page places the chart (recolour, PageCharts), so each
// must differ from the others.
inline constexpr const char* dark_blue = "#12436D";
inline constexpr const char* turquoise = "#28A197";
inline constexpr const char* dark_pink = "#801650";
inline constexpr const char* orange = "#F46A25";
inline constexpr const char* dark_grey = "#3D3D3D";
inline constexpr const char* text_colour = "#0B0C0C";
inline constexpr const char* secondary_text = "#505A5F";  // 7:1 on white
inline constexpr const char* grid_colour = "#E1E1E1";
inline constexpr const char* background = "#FFFFFF";
inline constexpr const char* font = "Liberation Sans, Arial, sans-serif";

// A theme's chart colours (docs/templates.md, "Theme settings"), one for
// each of the defaults above.
struct Palette {
    std::vector<std::string> series;  // four: dark_blue, turquoise, dark_pink, orange
    std::string text;                 // text_colour: labels and figures drawn
    std::string secondary_text;       // figures beside bars and points
    std::string axis;                 // dark_grey: axis lines, ticks, target and centre lines
    std::string grid;                 // grid_colour
    std::string background;           // also the hollow of provisional points and text inside dark bars
};

const Palette& default_palette();

// `spec` with each of the default theme's colours replaced by `palette`'s
// (its data, description and title are left alone).
void recolour(nlohmann::json& spec, const Palette& palette);

inline constexpr int max_colours = 4;
inline constexpr int title_size = 19;  // of the title in a downloaded spec

struct Layout {
    const char* name;        // "wide" or "narrow"
    int width;               // the whole drawing in CSS px, axes and labels included
    int label_size;          // axis, legend and direct labels
    int small_size;          // the smallest text (period labels, figures on bars)
    double period_label_px;  // room one period label needs along an axis
    int axis_label_px;       // longest line of a category label beside bars
    bool narrow() const { return width < 400; }
};

// 640 px fits the page's chart column (42rem) on a wide screen without
// scaling; 288 px is a 320 px phone's column (1rem margins). The smallest
// text, 13 px, stays above 12 px however the CSS fits the drawing.
inline constexpr Layout wide{"wide", 640, 15, 13, 66, 220};
inline constexpr Layout narrow{"narrow", 288, 14, 13, 55, 112};

// The first `n` colours of the categorical palette, in the order the
// guidance gives; throws std::logic_error for more than four.
std::vector<std::string> categorical(int n);

// A spec with the shared config for `layout`, its width (the whole
// drawing: Vega fits the plot inside), the description (the text summary)
// and the data. No title: see above.
nlohmann::json base_spec(const Layout& layout, const std::string& description, nlohmann::json values);

// `spec` with the title and subtitle lines drawn in it, wrapped to its
// width: the spec people download, which stands on its own.
nlohmann::json titled(nlohmann::json spec, const std::string& title, const std::vector<std::string>& subtitle);

// A Vega expression for a period label on `layout`: "Oct to Dec 2022",
// or "Oct–Dec 2022" when narrow.
std::string period_label_expr(const Layout& layout);

// An axis for periods along x, labelled "Oct to Dec" over "2022" ("Oct–Dec"
// when narrow), with labels left out, counting back from the latest, when
// `plot_px` has no room for them all (`labels`: the axis's labels in order).
nlohmann::json period_axis(const std::vector<std::string>& labels, bool two_lines, const Layout& layout,
                           double plot_px);

// A Vega expression for category labels beside bars that breaks each of
// `labels` into lines no wider than the layout's axis_label_px; and the
// most lines any label takes.
std::string wrapped_labels(const std::vector<std::string>& labels, const Layout& layout);
int most_lines(const std::vector<std::string>& labels, const Layout& layout);

// Sets `spec` up as bars lying across, one for each of `order` (the values
// of `field`, top to bottom), labelled at the side, with room for labels
// that wrap and `right_px` for figures past the longest bar.
// Returns the room the labels take left of the plot.
double bars_down(nlohmann::json& spec, const std::string& field, const nlohmann::json& order, const Layout& layout,
                 double right_px);

// A legend of `entries` colours above a plot with `left_px` of labels
// beside it, starting at the drawing's left edge rather than the plot's,
// so that on a phone long legend labels take the whole width.
void legend_from_left(nlohmann::json& spec, double left_px, int entries, const Layout& layout);

// Vega fits axes into a drawing's width, but not quite the text beside
// bars (their figures): for bars, this sets the plot's own width instead,
// the layout's width less `left_px` (labels beside the plot) and
// `right_px` (figures past the longest bar).
void plot_width_within(nlohmann::json& spec, const Layout& layout, double left_px, double right_px);

// The widest text in `field` of the rows `values`, at `font_px`.
double widest(const nlohmann::json& values, const std::string& field, double font_px, bool bold = false);

// The width of `text` at `font_px`, from Liberation Sans's average widths.
double text_px(const std::string& text, double font_px, bool bold = false);

// Breaks `text` into lines no wider than `width_px` at `font_px`, at spaces,
// using Liberation Sans's average character widths. Vega titles do not wrap.
std::vector<std::string> wrap(const std::string& text, double width_px, double font_px, bool bold = false);

}  // namespace candour::chart_style
