#pragma once
// Stage: the report PDFs. After the pages are written to the staging folder
// and before it goes live, headless Chromium (through playwright-core,
// pinned in the root package.json) prints each report page to a tagged PDF
// beside it: outline, language, title, real text, vector charts with their
// text alternatives, tables, page numbers (docs/pdf.md). Unlike the search
// index, a PDF that was asked for is not optional: if it cannot be made the
// build fails and the published site stays as it was.
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "io/data_dir.hpp"

namespace candour {

struct PdfOptions {
    bool enabled = false;                 // `candour build --pdf`; site.yaml `pdf: true` turns it on too
    std::string pdf_dir = data_path("");  // holds pdf/print-pdf.mjs and node_modules/playwright-core
    std::string node = "node";            // the Node.js program, looked up on PATH
    std::string chromium;                 // empty: $CHROMIUM if set, else /usr/bin/chromium
};

// One report page to print.
struct PdfJob {
    std::string page;                                    // "reports/2024-25-q2/index.html", in the site folder
    std::string pdf;                                     // "reports/2024-25-q2/report-2024-25-q2.pdf", beside it
    std::string footer;                                  // the words beside the page number on every sheet
    std::string page_number = "Page {page} of {pages}";  // message page.pdf.page_number
    std::string date;  // "2024-11-14": the page's own date, the PDF's creation and modification dates
};

struct PdfStats {
    int files = 0;
    double seconds = 0;    // Node.js and Chromium's start included
    std::string chromium;  // the version that printed them
};

// Prints every job's page of `site_dir` (the staging folder), served at its
// address under `base_url` (so links in the PDF lead to the site), to its PDF, with fixed dates so two builds give
// the same bytes. Returns false, with an error located at `report_as` that
// says how to fix it, when any PDF could not be made; none is then left
// behind.
bool print_pdfs(const std::string& site_dir, const std::string& base_url, const std::vector<PdfJob>& jobs,
                const PdfOptions& options, const std::string& report_as, Diagnostics& diags, PdfStats* stats = nullptr);

// The printing script in `pdf_dir`.
std::string pdf_script(const std::string& pdf_dir);

}  // namespace candour
