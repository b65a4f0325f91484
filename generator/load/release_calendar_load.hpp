#pragma once
// data/releases.yaml: the release calendar (format: docs/releases.md).
#include <optional>
#include <string>

#include "diagnostics/diagnostics.hpp"
#include "io/file_system.hpp"
#include "kpi/release_calendar.hpp"

namespace candour {

inline constexpr const char* release_calendar_file = "data/releases.yaml";

// An empty calendar when the site has no data/releases.yaml.
ReleaseCalendar load_release_calendar(const FileSystem& fs, Diagnostics& diags);

// One file's text, for tests and the loader above. Every problem is
// reported; entries with problems are left out.
ReleaseCalendar read_release_calendar(const std::string& path, const std::string& text, Diagnostics& diags);

}  // namespace candour
