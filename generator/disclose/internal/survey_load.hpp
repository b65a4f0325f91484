#pragma once
// The victim interview ratings (data/findings/survey.csv): how many victims
// and survivors gave each rating on each theme in each period. RAW counts,
// so like the KPI tables they go to disclose only, never to model or render.
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "disclose/internal/guard.hpp"
#include "io/file_system.hpp"
#include "kpi/period.hpp"
#include "kpi/published_survey.hpp"
#include "load/accountability_load.hpp"
#include "load/yaml_fields.hpp"

namespace candour {

struct RawSurveyCount {
    Period period = Period::quarter(2000, 1);
    std::string theme;   // a surveyed theme id
    std::string rating;  // good, neither or poor
    double count = 0;
    SourcePos pos;
    SourcePos period_pos;   // its period cell
    std::string breakdown;  // empty: the overall ratings
    std::string group;      // a group of the breakdown
};

struct RawSurvey {
    std::vector<RawSurveyCount> counts;
    std::vector<SurveyBreakdown> breakdowns;  // declared in data/findings/survey.yaml
    bool present = false;
};

RawSurvey load_survey(const FileSystem& fs, Diagnostics& diags, const TextLanguage* language = nullptr);
// `breakdowns`: those declared, which the optional breakdown and group
// columns must name.
RawSurvey read_survey(const std::string& path, const std::string& text, Diagnostics& diags,
                      const std::vector<SurveyBreakdown>& breakdowns = {});

}  // namespace candour
