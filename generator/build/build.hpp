#pragma once
// The whole pipeline: load, validate, model, render, write. Every stage runs
// to the end of its inputs so one build reports every problem; nothing is
// written unless there are no errors.
#include <optional>
#include <string>

#include "diagnostics/diagnostics.hpp"
#include "load/date.hpp"

namespace candour {

struct BuildOptions {
    std::string source_dir = ".";
    std::string output_dir;  // empty: <source>/site
    bool write = true;       // false for `candour check`
    int jobs = 0;            // threads; 0 = one per core
    std::string themes_dir = CANDOUR_THEMES_DIR;
    std::optional<Date> today;  // for deadlines still running; default SOURCE_DATE_EPOCH or the clock
};

struct BuildReport {
    int pages = 0;  // HTML pages
    int files = 0;  // every file written, assets included
    bool written = false;
    int suppressed = 0;             // figures hidden by disclosure control
    int approvals = 0;              // privacy-gate approvals used
    std::string disclosure_report;  // where the report was written, beside the site
};

BuildReport build_site(const BuildOptions& options, Diagnostics& diags);

std::string output_dir_of(const BuildOptions& options);

}  // namespace candour
