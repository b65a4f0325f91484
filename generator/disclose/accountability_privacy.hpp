#pragma once
// The privacy gate for findings, trackers, action plans and the survey
// table: every byte of each file is scanned (comments included, as for the
// KPI catalogue), so a hit is reported at its exact line and column.
#include "diagnostics/diagnostics.hpp"
#include "io/file_system.hpp"
#include "load/load.hpp"

namespace candour {

void privacy_gate_accountability(const SourceTree& tree, const FileSystem& fs, Diagnostics& diags);

}  // namespace candour
