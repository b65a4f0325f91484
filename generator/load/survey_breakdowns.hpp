#pragma once
// data/findings/survey.yaml: the breakdowns the interview ratings may be
// split by (age, ethnicity, relationship...), each with its groups, so that a
// group misspelt in survey.csv is caught rather than published as a new one.
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "io/file_system.hpp"
#include "kpi/published_survey.hpp"
#include "load/yaml_fields.hpp"

namespace candour {

// Empty when the file is absent; problems are reported at their place.
// `language`: which language to read the titles and groups in (TextLanguage).
std::vector<SurveyBreakdown> load_survey_breakdowns(const FileSystem& fs, Diagnostics& diags,
                                                    const TextLanguage* language = nullptr);
std::vector<SurveyBreakdown> read_survey_breakdowns(const std::string& path, const std::string& text,
                                                    Diagnostics& diags, const TextLanguage* language = nullptr);

}  // namespace candour
