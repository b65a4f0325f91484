#pragma once
// The whole pipeline: load, validate, model, render, write. Every stage runs
// to the end of its inputs so one build reports every problem; nothing is
// written unless there are no errors.
#include <string>

#include "charts/charts.hpp"
#include "diagnostics/diagnostics.hpp"

namespace candour {

struct BuildOptions {
    std::string source_dir = ".";
    std::string output_dir;  // empty: <source>/site
    bool write = true;       // false for `candour check`
    int jobs = 0;            // threads; 0 = one per core
    std::string themes_dir = CANDOUR_THEMES_DIR;
    ChartOptions charts;     // cache_dir empty: <source>/.candour-cache/charts
};

struct BuildReport {
    int pages = 0;  // HTML pages
    int files = 0;  // every file written, assets included
    bool written = false;
    ChartStats charts;
};

BuildReport build_site(const BuildOptions& options, Diagnostics& diags);

std::string output_dir_of(const BuildOptions& options);

// Where drawn charts are kept between builds, in the site folder.
inline constexpr const char* chart_cache_dir = ".candour-cache/charts";

}  // namespace candour
