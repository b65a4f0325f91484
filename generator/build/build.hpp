#pragma once
// The whole pipeline: load, validate, model, render, write. Every stage runs
// to the end of its inputs so one build reports every problem; nothing is
// written unless there are no errors.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "charts/charts.hpp"
#include "diagnostics/diagnostics.hpp"
#include "disclose/disclose.hpp"
#include "io/data_dir.hpp"
#include "kpi/date.hpp"
#include "load/load.hpp"
#include "pdf/print_pdf.hpp"
#include "render/render.hpp"
#include "search/search_index.hpp"

namespace candour {

struct BuildOptions {
    std::string source_dir = ".";
    std::string output_dir;  // empty: <source>/site
    std::string report_dir;  // the disclosure report's folder; empty: <source>/reports (never published)
    bool write = true;       // false for `candour check`
    int jobs = 0;            // threads; 0 = one per core
    std::string themes_dir = data_path("themes");
    // Drawn charts kept between runs; empty: default_cache_dir(source_dir), outside the site's folder.
    std::string cache_dir;
    bool preview = false;  // `candour serve`: drafts and scheduled pages too, each with a banner
    // Scheduled pages and deadlines still running are judged against this;
    // empty: SOURCE_DATE_EPOCH if set, else today's date where candour runs.
    std::optional<Date> today;
    ChartOptions charts;   // cache_dir empty: <cache_dir>/charts
    SearchOptions search;  // the search index, built by `build` only (never `check` or `serve`)
    PdfOptions pdf;        // report PDFs: `build --pdf` or site.yaml `pdf: true` (never `check` or `serve`)
    // `candour release`: the period being frozen; its report pages carry the
    // release notice, dated `today`.
    std::optional<Period> freezing;
};

struct BuildReport {
    int pages = 0;  // HTML pages
    int files = 0;  // every file written, assets included
    bool written = false;
    int suppressed = 0;             // figures hidden by disclosure control
    int approvals = 0;              // privacy-gate approvals used
    std::string disclosure_report;  // where the report was written, outside the site
    ChartStats charts;
    SearchStats search;
    PdfStats pdf;
};

BuildReport build_site(const BuildOptions& options, Diagnostics& diags);

// Work `candour serve` keeps between rebuilds (serve/build_cache.hpp). Both
// only ever return what doing the work again would give.
struct BuildReuse {
    ContentParser parse_content;  // empty: parse every content file afresh
    PageCache* pages = nullptr;   // null: render every page afresh
};

// The site as `build` would write it and `serve` serves it, in memory.
struct RenderedSite {
    std::vector<OutputFile> files;  // sorted by path; empty if the templates could not be used
    std::string base_path;          // "/rasso/": where the pages expect to be served from
    std::string base_url;           // site.yaml's base_url: the PDFs' links point there
    int pages = 0;                  // HTML pages
    DisclosureLog disclosure;       // what disclosure control hid, for the report beside the site
    ChartStats charts;              // charts drawn and taken from the cache
    // Each published page that reports on a period (front matter `period:`):
    // the period and the page's output path.
    std::vector<std::pair<Period, std::string>> period_pages;
    // `candour release`: fingerprints of hidden figures (by cell key), for the manifest.
    std::map<std::string, std::string> hidden_fingerprints;
    // The report pages to print, when PDFs are on (empty otherwise).
    std::vector<PdfJob> pdf_jobs;
    // The privacy gate again, for files made after render from the staged
    // pages (the PDFs); set when there are PDF jobs.
    std::function<void(const std::vector<OutputFile>&, Diagnostics&)> gate_later;
};

class SiteWriter;

// Every stage but write. With `writer` (`candour build`), each page is read
// by the privacy gate and written to the staging folder as soon as it is
// rendered, and only its path is kept in `files` (OutputFile::streamed);
// the rest of the site is held, and everything waits for writer->publish.
RenderedSite render_in_memory(const BuildOptions& options, Diagnostics& diags, const BuildReuse& reuse = {},
                              SiteWriter* writer = nullptr);

std::string output_dir_of(const BuildOptions& options);

// Where drawn charts are kept between runs: `options.charts.cache_dir`, else
// charts/ in `options.cache_dir` or the user's cache; never the site's folder.
std::string chart_cache_of(const BuildOptions& options);

}  // namespace candour
