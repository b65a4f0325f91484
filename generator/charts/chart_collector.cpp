#include "charts/chart_collector.hpp"

#include <fmt/format.h>

#include <tuple>

#include "charts/chart_style.hpp"
#include "charts/svg_cache.hpp"
#include "charts/svg_tidy.hpp"

namespace candour {

namespace {

constexpr std::string_view marker_start = "<!--candour-chart ";
constexpr std::string_view marker_end = "-->";

// The chart's text alternative: what it measures, what it shows, its notes.
std::string description_of(const Chart& chart) {
    std::string out = chart.subtitle + ". " + chart.summary;
    for (const auto& note : chart.notes) out += " " + note;
    return out;
}

}  // namespace

std::string ChartCollector::add_spec(const nlohmann::json& spec, const SourcePos& origin) {
    std::string spec_text = spec.dump();
    std::string key = spec_key(spec_text, salt_);
    // One drawing for charts that are the same, named by the first of them in
    // the source (not the first page a thread reached), so an error about
    // the drawing points at the same place every build.
    auto [pending, added] = specs_.try_emplace(key, PendingSpec{key, std::move(spec_text), origin});
    const SourcePos& kept = pending->second.origin;
    if (!added && std::tie(origin.file, origin.line, origin.col) < std::tie(kept.file, kept.line, kept.col))
        pending->second.origin = origin;
    return key;
}

ChartPlacement ChartCollector::place(const std::string& page_dir, const Chart& chart, const SourcePos& origin) {
    std::lock_guard lock(mutex_);
    // A second chart with the same name on a page gets "-2", and so on; the
    // order is the page's own, so names do not depend on threads.
    auto& used = ids_[page_dir];
    std::string stem = chart.slug;
    for (int n = 2; used.count("chart-" + stem); ++n) stem = fmt::format("{}-{}", chart.slug, n);
    used.insert("chart-" + stem);

    ChartPlacement p{"chart-" + stem, "", "", stem + ".csv", stem + ".vl.json"};
    p.marker = fmt::format("{}{}#{}{}", marker_start, page_dir, p.id, marker_end);
    p.narrow_marker = fmt::format("{}{}#{}-narrow{}", marker_start, page_dir, p.id, marker_end);
    placed_[p.marker] = {add_spec(chart.spec, origin), p.id, chart.title, description_of(chart)};
    placed_[p.narrow_marker] = {add_spec(chart.narrow_spec, origin), p.id + "-narrow", chart.title,
                                description_of(chart)};
    downloads_[page_dir + p.csv_file] = chart.csv;
    std::vector<std::string> subtitle{chart.subtitle};
    subtitle.insert(subtitle.end(), chart.key.begin(), chart.key.end());
    downloads_[page_dir + p.spec_file] = chart_style::titled(chart.spec, chart.title, subtitle).dump(2) + "\n";
    return p;
}

std::vector<PendingSpec> ChartCollector::specs() const {
    std::lock_guard lock(mutex_);
    std::vector<PendingSpec> out;
    for (const auto& [_, s] : specs_) out.push_back(s);
    return out;
}

std::map<std::string, std::string> ChartCollector::downloads() const {
    std::lock_guard lock(mutex_);
    return downloads_;
}

bool ChartCollector::empty() const {
    std::lock_guard lock(mutex_);
    return specs_.empty();
}

std::string ChartCollector::place_svgs(const std::string& html, const std::map<std::string, std::string>& svgs) const {
    if (html.find(marker_start) == std::string::npos) return html;
    std::lock_guard lock(mutex_);
    std::string out;
    std::size_t i = 0;
    for (auto at = html.find(marker_start); at != std::string::npos; at = html.find(marker_start, i)) {
        auto end = html.find(marker_end, at + marker_start.size());
        if (end == std::string::npos) break;
        out += html.substr(i, at - i);
        i = end + marker_end.size();
        auto placed = placed_.find(html.substr(at, i - at));
        if (placed == placed_.end()) continue;
        auto svg = svgs.find(placed->second.key);
        if (svg == svgs.end()) continue;
        out += place_svg(svg->second, placed->second.id, placed->second.title, placed->second.description);
    }
    return out + html.substr(i);
}

}  // namespace candour
