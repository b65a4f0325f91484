#pragma once
// Data downloads of published figures: for each indicator and each period
// (a quarterly release), a CSV, the same as JSON, and CSV on the Web
// metadata describing the columns; and the interview ratings behind the
// findings pages. Every cell is safe to open in a spreadsheet.
#include <vector>

#include "kpi/published.hpp"
#include "render/render.hpp"

namespace candour {

std::vector<OutputFile> render_kpi_downloads(const PublishedKpi& kpi);

}  // namespace candour
