#include "privacy/provenance.hpp"

#include "model/reader_view.hpp"

namespace candour {

std::vector<std::string> Provenance::data_files_under(const std::string& dir) const {
    std::vector<std::string> out;
    for (const auto& f : data_files_) {
        if (f.starts_with(dir + "/")) out.push_back(f);
    }
    if (out.empty()) out.push_back(site_config_file);
    return out;
}

Provenance::Provenance(const SourceTree& tree, const Routes& routes, const std::vector<std::string>& data_files)
    : data_files_(data_files) {
    for (const auto& route : routes.pages) {
        std::vector<std::string> from;
        switch (route.kind) {
            case PageKind::indicator:
            case PageKind::indicator_index:
                from = data_files_under("data/kpi");
                break;
            case PageKind::findings_index:
            case PageKind::findings_theme:
                from = data_files_under("data/findings");
                break;
            case PageKind::tracker_index:
            case PageKind::tracker:
            case PageKind::recommendation:
                from = data_files_under("data/trackers");
                break;
            case PageKind::action_plan_index:
            case PageKind::action_plan:
                from = data_files_under("data/action-plans");
                break;
            case PageKind::release_calendar:
                from = {tree.releases.file};
                break;
            default:
                break;
        }
        if (route.file) from.insert(from.begin(), route.file->path);
        if (from.empty()) from.push_back(site_config_file);
        by_output_[route.output_path] = std::move(from);
    }
    for (const auto& a : tree.templates.assets) by_output_[a.output_path] = {a.display_path};
    // A response letter: the letter itself, then the tracker that names it.
    for (const auto& d : tree.accountability.documents) by_output_[d.output_path] = {d.source, d.pos.file};
    // The feed and the calendar file: the calendar, site.yaml (title,
    // organisation, base_url) and the reports they link to.
    std::vector<std::string> releases{site_config_file};
    if (!tree.releases.file.empty()) releases.insert(releases.begin(), tree.releases.file);
    for (const auto& route : routes.pages) {
        if (route.file && route.file->front.period) releases.push_back(route.file->path);
    }
    by_output_[feed_file] = releases;
    by_output_[icalendar_file] = releases;
    if (tree.config.charts_interactive) charts_setting_ = tree.config.charts_pos;
}

std::optional<SourcePos> Provenance::setting_of(const std::string& output_path) const {
    if (output_path.starts_with("assets/js/") && !by_output_.count(output_path)) return charts_setting_;
    return std::nullopt;
}

std::vector<std::string> Provenance::sources_of(const std::string& output_path) const {
    if (auto it = by_output_.find(output_path); it != by_output_.end()) return it->second;
    // Downloads and charts are drawn from the KPI tables; the sitemap and
    // robots.txt from site.yaml and the pages' file names.
    if (output_path.starts_with("assets/") || output_path == "sitemap.xml" || output_path == "robots.txt") {
        return {site_config_file};
    }
    return data_files_under("data/kpi");
}

}  // namespace candour
