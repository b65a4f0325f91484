#pragma once
// The attacker's audit of a publication: for every hidden figure, the
// smallest and largest value a reader can work out from everything
// published (every download together, with the relations the site declares
// in data/disclosure.json). A hidden figure pinned to one value, or confined
// to a range narrower than the protection width, is exposed; so is a rounded
// figure pinned to one value. It reads published bytes only and shares no
// code with the suppression that decided what to hide.
#include <functional>
#include <string>
#include <vector>

#include "audit/disclosure_metadata.hpp"
#include "audit/figure.hpp"
#include "audit/linear_model.hpp"
#include "diagnostics/diagnostics.hpp"
#include "io/output_file.hpp"

namespace candour {

struct AuditFinding {
    FigureKey key;
    SourcePos where;  // where a reader finds it hidden (or rounded)
    double low = 0;   // what a reader can narrow it down to
    double high = unbounded;
    double required = 0;  // the width it needed

    bool pinned() const { return high - low < 1; }
    bool exposed() const { return high - low < required; }
};

struct AuditResult {
    std::vector<AuditFinding> checked;        // every hidden or rounded figure, as a reader sees it
    std::vector<std::string> contradictions;  // published figures that disagree with each other
    int figures = 0;                          // figures read
    int files = 0;                            // downloads read

    std::vector<AuditFinding> exposed() const;
};

// Attacks figures already read, with `meta` as the reader's knowledge.
// `place` turns a figure's file and byte offset into a position.
AuditResult audit_publication(PublishedFigures& publication, const DisclosureMetadata& meta,
                              const std::function<SourcePos(std::uint32_t, std::uint64_t)>& place, int jobs = 0);

// Reads every download among `files` and attacks them together.
AuditResult audit_files(const std::vector<OutputFile>& files, const DisclosureMetadata& meta, Diagnostics& diags,
                        int jobs = 0);

// One line a finding, for the terminal and the build's errors: what can be
// worked out, never the value.
std::string describe_exposure(const AuditFinding& f);

}  // namespace candour
