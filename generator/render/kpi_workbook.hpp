#pragma once
// The spreadsheet beside a KPI download CSV (an indicator's, or a quarterly
// release's): the CSV's own rows laid out as a statistics workbook
// (render/statistics_workbook.hpp), so the two always say the same: one
// table, the CSV's rows in the CSV's order.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "kpi/catalogue.hpp"
#include "kpi/period.hpp"
#include "kpi/release_calendar.hpp"
#include "load/site_config.hpp"

namespace candour {

// What a spreadsheet's cover sheet says about the site and its releases.
struct DownloadCover {
    const SiteConfig* site = nullptr;           // title, organisation, contact, address
    const ReleaseCalendar* releases = nullptr;  // release dates; may be null
    std::string spreadsheet_cache;              // spreadsheets made before (statistics_workbook.hpp); empty: none
};

// "Published KPI figures for July to September 2024": a release download's
// title, in its JSON, CSVW metadata and spreadsheet.
std::string release_download_title(const Period& release);

// `rows`: the download's rows in its columns (kpi/download_row.hpp), as the
// CSV has them. `release`: the period of a release download.
std::string kpi_workbook(const std::vector<std::vector<std::string>>& rows, const std::string& title,
                         const std::optional<Period>& release, const Catalogue& catalogue, const DownloadCover& about);

// The workbook of a release download CSV already published (a frozen
// release's, which may show figures since revised): nullopt if `csv` is not
// in the KPI download format.
std::optional<std::string> kpi_workbook_of_csv(std::string_view csv, const Period& release, const Catalogue& catalogue,
                                               const DownloadCover& about);

}  // namespace candour
