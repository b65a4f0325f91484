#pragma once
// The disclosure report: every figure hidden and why, and every privacy
// approval. Written to a folder that is never published (the source's
// reports/, or --report-dir); it names cells, never their values.
#include <string>

#include "diagnostics/diagnostics.hpp"
#include "disclose/disclosure_log.hpp"

namespace candour {

inline constexpr const char* default_report_dir = "reports";
inline constexpr const char* disclosure_report_file = "disclosure-report.md";

// The folder the report goes to: `report_dir` (--report-dir), or else
// <source>/reports.
std::string disclosure_report_dir(const std::string& source_dir, const std::string& report_dir);
// "<report_dir>/disclosure-report.md".
std::string disclosure_report_path(const std::string& report_dir);

// Why the report folder may be published, in words that follow its path
// ("is inside the output folder site"), or "" when it is not: inside the
// output folder, or inside the output's parent folder, which is likely a
// served web root, unless it is inside the site's source folder.
std::string published_report_reason(const std::string& report_dir, const std::string& output_dir,
                                    const std::string& source_dir);

std::string render_disclosure_report(const DisclosureLog& log);

void write_disclosure_report(const DisclosureLog& log, const std::string& path, Diagnostics& diags);

}  // namespace candour
