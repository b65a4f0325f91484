#pragma once
// The victim interview ratings (data/findings/survey.csv): how many victims
// and survivors gave each rating on each theme in each period. RAW counts,
// so like the KPI tables they go to disclose only, never to model or render.
#include "disclose/internal/guard.hpp"

#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "io/file_system.hpp"
#include "kpi/period.hpp"
#include "load/accountability_load.hpp"

namespace candour {

struct RawSurveyCount {
    Period period = Period::quarter(2000, 1);
    std::string theme;   // a surveyed theme id
    std::string rating;  // good, neither or poor
    double count = 0;
    SourcePos pos;
    SourcePos period_pos;  // its period cell
};

struct RawSurvey {
    std::vector<RawSurveyCount> counts;
    bool present = false;
};

RawSurvey load_survey(const FileSystem& fs, Diagnostics& diags);
RawSurvey read_survey(const std::string& path, const std::string& text, Diagnostics& diags);

}  // namespace candour
