#pragma once
// The columns of every KPI download (indicator and release CSV and JSON,
// and each chart's data), and one published cell as a row of them. Shared by
// the writers and by the disclosure audit, which reads the files back.
#include <string>
#include <vector>

#include "kpi/published.hpp"

namespace candour {

struct DownloadColumn {
    const char* name;
    const char* title;
    const char* datatype;
    const char* description;
    bool numeric;  // figures, which are never neutralised for spreadsheets
};

const std::vector<DownloadColumn>& download_column_defs();
const std::vector<std::string>& download_columns();
std::vector<bool> numeric_download_columns();

// The cells of one row, ready for a spreadsheet (see io/csv_writer.hpp).
std::vector<std::string> download_row(const Indicator& ind, const Period& period, const std::string& breakdown,
                                      const std::string& group, const PublishedCell& cell);

// The interview ratings download (data/survey-ratings.csv): one row per
// theme, group (breakdown and group empty for everyone interviewed), period
// (or "all" for every period together) and rating (or "total" for everyone
// who rated the theme).
inline constexpr const char* survey_download_file = "data/survey-ratings";
const std::vector<std::string>& survey_download_columns();
inline constexpr const char* survey_all_periods = "all";
inline constexpr const char* survey_total_rating = "total";

}  // namespace candour
