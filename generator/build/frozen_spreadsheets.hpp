#pragma once
// A release frozen before candour wrote spreadsheets has a CSV but no .xlsx.
// Its spreadsheet is made from that frozen CSV, so it shows the figures as
// first published, like every other file of the release, and never the
// figures revised since under the old release's name.
#include <vector>

#include "io/output_file.hpp"
#include "releases/frozen_releases.hpp"
#include "render/kpi_workbook.hpp"

namespace candour {

// Replaces the spreadsheet of each frozen release that did not freeze one;
// `files` stays sorted by path.
void add_frozen_spreadsheets(std::vector<OutputFile>& files, const std::vector<FrozenRelease>& releases,
                             const Catalogue& catalogue, const DownloadCover& about);

}  // namespace candour
