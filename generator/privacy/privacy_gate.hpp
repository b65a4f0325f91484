#pragma once
// The privacy gate: after render, every byte the build would write (pages,
// charts, downloads, the sitemap, the theme's assets, and the files' own
// names) is read as its readers get it (published_text.hpp), normalised, and
// scanned for details that could identify someone (privacy_scanner.hpp).
// Each detail is then found again in the sources (source_index.hpp) and
// reported at the file, line and column where it was written, unless the
// site allows that text everywhere (site.yaml privacy: allow:, its own
// contacts) or an editor approved that one occurrence in the page's front
// matter. Approvals go in the disclosure report.
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "disclose/disclosure_log.hpp"
#include "io/file_system.hpp"
#include "io/output_file.hpp"
#include "load/load.hpp"
#include "model/routes.hpp"
#include "privacy/scanned_files.hpp"

namespace candour {

struct PrivacyGateOptions {
    bool preview = false;  // `candour serve`: details only in drafts and scheduled pages are warnings
    int jobs = 0;          // threads; 0 = one per core
    // False when the gate reads files made after the pages (the report PDFs,
    // printed from them): an approval their page used is not unused here.
    bool report_unused_approvals = true;
};

// `scanned`: files read already as they were made (scanned_files.hpp), whose
// scanner is used for the rest. A streamed file it did not read is an error.
void privacy_gate(const SourceTree& tree, const Routes& routes, const std::vector<OutputFile>& files,
                  const FileSystem& fs, const PrivacyGateOptions& options, Diagnostics& diags, DisclosureLog& log,
                  const ScannedFiles* scanned = nullptr);

}  // namespace candour
