#pragma once
// Data downloads of published figures: for each indicator and each period
// (a quarterly release), a CSV, the same as JSON, and CSV on the Web
// metadata describing the columns; and the interview ratings behind the
// findings pages. Every cell is safe to open in a spreadsheet. Beside each
// CSV of an indicator or a release, the same figures as an accessible .xlsx
// (render/kpi_workbook.hpp) with a cover sheet from `about` (no
// spreadsheets when `about.site` is null).
#include <vector>

#include "kpi/published.hpp"
#include "render/kpi_workbook.hpp"
#include "render/render.hpp"

namespace candour {

// jobs: threads to use (0: one per core); the output does not depend on it.
std::vector<OutputFile> render_kpi_downloads(const PublishedKpi& kpi, const DownloadCover& about, int jobs = 0);

}  // namespace candour
