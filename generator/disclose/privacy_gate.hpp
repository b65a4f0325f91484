#pragma once
// The privacy gate: every text that will be published (pages, their front
// matter, site.yaml, the KPI catalogue and the notes in KPI tables) is
// scanned for details that could identify someone. A hit stops the build
// with its file, line and column, unless the organisation allows that text
// everywhere (site.yaml privacy.allow) or an editor approves that one
// occurrence in the page's front matter. Approvals go in the report.
#include "diagnostics/diagnostics.hpp"
#include "disclose/disclosure_log.hpp"
#include "io/file_system.hpp"
#include "load/load.hpp"

namespace candour {

// Pages, site.yaml and the KPI catalogue; the notes in KPI tables are
// scanned where they are read (disclose/disclose.cpp).
void privacy_gate(const SourceTree& tree, const FileSystem& fs, Diagnostics& diags, DisclosureLog& log);

}  // namespace candour
