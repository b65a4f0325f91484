#pragma once
// data/kpi/revisions.yaml: why figures were revised. candour finds the
// revisions itself (editions.hpp); the analyst says why, once per
// indicator and period (or per breakdown, or group), and the reason is
// shown on the revisions page and in data/revisions.csv.
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "io/file_system.hpp"
#include "kpi/catalogue.hpp"
#include "kpi/period.hpp"

namespace candour {

inline constexpr const char* revision_notes_file = "data/kpi/revisions.yaml";

struct RevisionNote {
    std::string indicator;
    Period period = Period::quarter(2000, 1);
    std::string breakdown;  // "" for every figure of the indicator in that period
    std::string group;      // "" for every group of the breakdown
    std::string reason;
    SourcePos pos;
    SourcePos reason_pos;
};

// Reads the notes; each problem is a located error. No file, no notes.
std::vector<RevisionNote> load_revision_notes(const FileSystem& fs, const Catalogue& catalogue, Diagnostics& diags);

}  // namespace candour
