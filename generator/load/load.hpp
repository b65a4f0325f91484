#pragma once
// Stage 1: read every source file into typed values that remember where they
// came from. Nothing here knows about pages or HTML.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "accountability/accountability.hpp"
#include "diagnostics/diagnostics.hpp"
#include "io/file_system.hpp"
#include "kpi/release_calendar.hpp"
#include "load/content_file.hpp"
#include "load/site_config.hpp"
#include "load/template_set.hpp"

namespace candour {

struct SourceTree {
    SiteConfig config;
    std::vector<ContentFile> content;  // sorted by path; drafts included
    TemplateSet templates;
    Accountability accountability;  // findings, trackers, action plans (data/...)
    ReleaseCalendar releases;       // data/releases.yaml; empty without one
};

inline constexpr const char* content_dir = "content";

// Turns one content file's text into a ContentFile (parse_content_file by
// default). `candour serve` passes one that remembers files that did not change.
// It is called from several threads at once.
using ContentParser =
    std::function<std::optional<ContentFile>(const std::string& path, const std::string& text, Diagnostics& diags)>;

// Everything but the pages: site.yaml, data/ findings, trackers and action
// plans, the theme and the release calendar.
SourceTree load_settings(const FileSystem& fs, const std::string& installed_themes_dir, Diagnostics& diags);

// The pages of content/, in path order (`accountability`: response letters
// kept there are published, so not warned about). `jobs`: threads to read
// them with (0: one per core).
std::vector<ContentFile> load_content(const FileSystem& fs, Diagnostics& diags, const ContentParser& parse,
                                      const Accountability& accountability, int jobs = 0);

// Both of the above.
SourceTree load(const FileSystem& fs, const std::string& installed_themes_dir, Diagnostics& diags,
                const ContentParser& parse = {}, int jobs = 0);

}  // namespace candour
