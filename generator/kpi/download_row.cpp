#include "kpi/download_row.hpp"

#include "io/csv_writer.hpp"
#include "kpi/format.hpp"

namespace candour {

const std::vector<DownloadColumn>& download_column_defs() {
    static const std::vector<DownloadColumn> columns = {
        {"indicator", "Indicator", "string", "The indicator's id in the KPI catalogue", false},
        {"indicator_title", "Indicator title", "string", "What the indicator measures", false},
        {"period", "Period", "string",
         "Financial-year quarter (2024-25 Q1 is April to June 2024), month or financial year", false},
        {"period_label", "Period label", "string", "The period in words", false},
        {"breakdown", "Breakdown", "string", "How the figure is broken down; empty for the overall figure", false},
        {"group", "Group", "string", "The group within the breakdown; empty for the overall figure", false},
        {"value", "Value", "string", "The figure, or a symbol: [c] confidential, [x] not available, [z] not applicable",
         true},
        {"numerator", "Numerator", "string", "For percentages: the count the percentage is of, or a symbol", true},
        {"denominator", "Denominator", "string", "For percentages: the total, or a symbol", true},
        {"unit", "Unit", "string", "count, percentage, median_days, rate or score", false},
        {"status", "Status", "string", "p provisional, r revised, empty final", false},
        {"note", "Note", "string", "A note on the figure", false},
    };
    return columns;
}

const std::vector<std::string>& download_columns() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& c : download_column_defs()) out.emplace_back(c.name);
        return out;
    }();
    return names;
}

std::vector<bool> numeric_download_columns() {
    std::vector<bool> out;
    for (const auto& c : download_column_defs()) out.push_back(c.numeric);
    return out;
}

std::vector<std::string> download_row(const Indicator& ind, const Period& period, const std::string& breakdown,
                                      const std::string& group, const PublishedCell& cell) {
    bool pct = ind.unit == Unit::percentage;
    return {spreadsheet_safe(ind.id),
            spreadsheet_safe(ind.title),
            period.code(),
            period.label(),
            spreadsheet_safe(breakdown),
            spreadsheet_safe(group),
            download_value(cell.value, ind.decimals),
            pct ? download_value(cell.numerator, 0) : "",
            pct ? download_value(cell.denominator, 0) : "",
            unit_name(ind.unit),
            cell.revised ? "r" : (cell.provisional ? "p" : ""),
            spreadsheet_safe(cell.note)};
}

const std::vector<std::string>& survey_download_columns() {
    static const std::vector<std::string> columns = {"theme",  "theme_title",  "breakdown", "breakdown_title", "group",
                                                     "period", "period_label", "rating",    "rating_label",    "count"};
    return columns;
}

}  // namespace candour
