#include "load/accountability_load.hpp"

#include <algorithm>

#include "kpi/published_survey.hpp"
#include "load/text_file.hpp"

namespace candour {

namespace {

bool is_yaml(const std::string& path) {
    auto ends = [&](const char* ext) {
        std::string e(ext);
        return path.size() > e.size() && path.compare(path.size() - e.size(), e.size(), e) == 0;
    };
    return ends(".yaml") || ends(".yml");
}

template <typename T, typename Reader>
void read_all(const FileSystem& fs, const char* dir, Reader reader, std::vector<T>& out,
              std::vector<std::string>& sources, Diagnostics& diags) {
    for (const auto& path : fs.list_files(dir)) {
        // The interview ratings' breakdowns sit beside the findings they are about.
        if (!is_yaml(path) || path == survey_breakdowns_file) continue;
        auto text = read_text_file(fs, path, diags);
        if (!text) continue;
        sources.push_back(path);
        if (auto item = reader(path, *text, diags)) out.push_back(std::move(*item));
    }
}

}  // namespace

Accountability load_accountability(const FileSystem& fs, Diagnostics& diags) {
    Accountability a;
    read_all(fs, findings_dir, read_findings, a.rounds, a.source_files, diags);
    read_all(fs, trackers_dir, read_tracker, a.trackers, a.source_files, diags);
    read_all(fs, action_plans_dir, read_action_plan, a.plans, a.source_files, diags);
    // Newest report first: the one readers are most likely to be looking for.
    std::stable_sort(a.trackers.begin(), a.trackers.end(),
                     [](const Tracker& x, const Tracker& y) { return y.published < x.published; });
    return a;
}

}  // namespace candour
