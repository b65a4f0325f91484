#pragma once
// The privacy gate: every text that will be published (pages, their front
// matter, site.yaml, the KPI catalogue and the notes in KPI tables) is
// scanned for details that could identify someone. A hit stops the build
// with its file, line and column, unless the organisation allows that text
// everywhere (site.yaml privacy.allow) or an editor approves that one
// occurrence in the page's front matter. Approvals go in the report.
#include "diagnostics/diagnostics.hpp"
#include "disclose/disclose.hpp"
#include "io/file_system.hpp"
#include "load/load.hpp"

namespace candour {

void privacy_gate(const SourceTree& tree, const RawKpi& kpi, const FileSystem& fs, Diagnostics& diags,
                  DisclosureLog& log);

}  // namespace candour
