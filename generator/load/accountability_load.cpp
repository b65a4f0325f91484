#include "load/accountability_load.hpp"

#include <fmt/format.h>

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
              std::vector<std::string>& sources, Diagnostics& diags, const TextLanguage* language) {
    for (const auto& path : fs.list_files(dir)) {
        // The interview ratings' breakdowns sit beside the findings they are about.
        if (!is_yaml(path) || path == survey_breakdowns_file) continue;
        auto text = read_text_file(fs, path, diags);
        if (!text) continue;
        sources.push_back(path);
        if (auto item = reader(path, *text, diags, language)) out.push_back(std::move(*item));
    }
}

// Each response letter kept in the site folder must be there: it is
// published as it is, beside the pages.
void read_letters(const FileSystem& fs, Accountability& a, Diagnostics& diags) {
    for (const auto& t : a.trackers) {
        std::string output = letter_output_path(t.response_letter);
        if (output.empty()) continue;
        auto bytes = fs.is_file(t.response_letter) ? fs.read(t.response_letter) : std::nullopt;
        if (!bytes) {
            diags.error(t.response_letter_pos,
                        fmt::format("the response letter '{}' is not in the site folder", t.response_letter),
                        "check the file's name and folder, or give the letter's web address instead");
            continue;
        }
        auto same = std::find_if(a.documents.begin(), a.documents.end(),
                                 [&](const PublishedDocument& d) { return d.output_path == output; });
        if (same == a.documents.end())
            a.documents.push_back({t.response_letter, output, std::move(*bytes), t.response_letter_pos});
    }
    std::sort(a.documents.begin(), a.documents.end(),
              [](const PublishedDocument& x, const PublishedDocument& y) { return x.output_path < y.output_path; });
}

}  // namespace

Accountability load_accountability(const FileSystem& fs, Diagnostics& diags, const TextLanguage* language) {
    Accountability a;
    read_all(fs, findings_dir, read_findings, a.rounds, a.source_files, diags, language);
    read_all(fs, trackers_dir, read_tracker, a.trackers, a.source_files, diags, language);
    read_all(fs, action_plans_dir, read_action_plan, a.plans, a.source_files, diags, language);
    // Newest report first: the one readers are most likely to be looking for.
    std::stable_sort(a.trackers.begin(), a.trackers.end(),
                     [](const Tracker& x, const Tracker& y) { return y.published < x.published; });
    read_letters(fs, a, diags);
    return a;
}

}  // namespace candour
