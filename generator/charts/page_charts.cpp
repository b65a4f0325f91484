#include "charts/page_charts.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "charts/chart_style.hpp"

namespace candour {

namespace {

// The chart's text alternative: what it measures, what it shows, its notes.
std::string description_of(const Chart& chart, const Messages& messages) {
    std::string out = messages.text("chart.description", {{"subtitle", chart.subtitle}, {"summary", chart.summary}});
    for (const auto& note : chart.notes) out += " " + note;
    return out;
}

}  // namespace

ChartPlacement PageCharts::place(const Chart& chart, const SourcePos& origin) {
    // A second chart with the same name on the page gets "-2", and so on.
    auto taken = [&](const std::string& id) {
        return std::any_of(requests_.begin(), requests_.end(), [&](const ChartRequest& r) { return r.id == id; });
    };
    std::string stem = chart.slug;
    for (int n = 2; taken("chart-" + stem); ++n) stem = fmt::format("{}-{}", chart.slug, n);

    ChartPlacement p{requests_.size(), "chart-" + stem, stem + ".csv", stem + ".vl.json"};
    std::vector<std::string> subtitle{chart.subtitle};
    subtitle.insert(subtitle.end(), chart.key.begin(), chart.key.end());
    // Copies only when the theme's colours are not the default's.
    nlohmann::json wide_recoloured, narrow_recoloured;
    const nlohmann::json* wide = &chart.spec;
    const nlohmann::json* narrow = &chart.narrow_spec;
    if (palette_) {
        wide_recoloured = chart.spec;
        narrow_recoloured = chart.narrow_spec;
        chart_style::recolour(wide_recoloured, *palette_);
        chart_style::recolour(narrow_recoloured, *palette_);
        wide = &wide_recoloured;
        narrow = &narrow_recoloured;
    }
    requests_.push_back({p.id, chart.title, description_of(chart, *messages_), wide->dump(), narrow->dump(), origin});
    downloads_.push_back({page_dir_ + p.csv_file, chart.csv});
    nlohmann::json download = chart_style::titled(*wide, chart.title, subtitle);
    if (palette_) chart_style::recolour(download, *palette_);  // the title's own colours
    downloads_.push_back({page_dir_ + p.spec_file, download.dump(2) + "\n"});
    return p;
}

}  // namespace candour
