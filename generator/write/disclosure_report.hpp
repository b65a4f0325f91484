#pragma once
// The disclosure report: every figure hidden and why, and every privacy
// approval. Written beside the site, never inside it, so it is never
// published; it names cells, never their values.
#include <string>

#include "diagnostics/diagnostics.hpp"
#include "disclose/disclosure_log.hpp"

namespace candour {

// "site" -> "site-disclosure-report.md" in the same folder.
std::string disclosure_report_path(const std::string& output_dir);

std::string render_disclosure_report(const DisclosureLog& log);

void write_disclosure_report(const DisclosureLog& log, const std::string& path, Diagnostics& diags);

}  // namespace candour
