#pragma once
// Loading "victims said, we did" findings (data/findings/*.yaml), inspection
// recommendation trackers (data/trackers/*.yaml) and action plans
// (data/action-plans/*.yaml). Formats: docs/findings-and-trackers.md.
#include "accountability/accountability.hpp"
#include "diagnostics/diagnostics.hpp"
#include "io/file_system.hpp"
#include "load/yaml_fields.hpp"

namespace candour {

inline constexpr const char* findings_dir = "data/findings";
inline constexpr const char* trackers_dir = "data/trackers";
inline constexpr const char* action_plans_dir = "data/action-plans";
// The interview ratings behind the findings: raw counts, read by disclose only.
inline constexpr const char* survey_file = "data/findings/survey.csv";

// `language`: which language to read texts in (the default's when null).
Accountability load_accountability(const FileSystem& fs, Diagnostics& diags, const TextLanguage* language = nullptr);

// One file each, for tests and the loader above.
std::optional<FindingsRound> read_findings(const std::string& path, const std::string& text, Diagnostics& diags,
                                           const TextLanguage* language = nullptr);
std::optional<Tracker> read_tracker(const std::string& path, const std::string& text, Diagnostics& diags,
                                    const TextLanguage* language = nullptr);
std::optional<ActionPlan> read_action_plan(const std::string& path, const std::string& text, Diagnostics& diags,
                                           const TextLanguage* language = nullptr);

}  // namespace candour
