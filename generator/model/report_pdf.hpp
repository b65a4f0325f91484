#pragma once
// The PDF of a quarterly report (a page with a `period`), for print and for
// police and crime panel papers: printed by the build beside the page, and
// linked from it and from the list of reports (docs/pdf.md).
#include <string>

#include "load/site_config.hpp"
#include "model/routes.hpp"

namespace candour {

// Whether this build gives `route` a PDF: PDFs are on and it is a report.
bool has_report_pdf(const SiteConfig& config, const Route& route);

// "report-2024-25-q2.pdf" for "reports/2024-25-q2/": named after the page's
// folder, so a saved copy among other meeting papers still says what it is.
std::string report_pdf_name(const Route& route);

// "reports/2024-25-q2/report-2024-25-q2.pdf", in the site folder.
std::string report_pdf_path(const Route& route);

}  // namespace candour
