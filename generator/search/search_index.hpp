#pragma once
// Stage: the search index. After every page is written to the staging
// folder, and before it goes live, Pagefind (npm, pinned in package.json)
// reads the pages and writes its index into <site>/pagefind/. Search is an
// enhancement: without Node.js or Pagefind the site is published without
// an index, with a warning, and its search page says search is not
// available (docs/search.md).
#include <string>

#include "diagnostics/diagnostics.hpp"
#include "io/data_dir.hpp"

namespace candour {

struct SearchOptions {
    bool enabled = true;                       // false: `candour build --no-search`
    std::string pagefind_dir = data_path("");  // holds node_modules/pagefind
    std::string node = "node";                 // the Node.js program, looked up on PATH
};

struct SearchStats {
    bool built = false;
    int pages = 0;       // pages in the index
    double seconds = 0;  // Pagefind's run, Node.js's start included
};

// Indexes the HTML pages of `site_dir` (the staging folder) into
// `site_dir`/pagefind. Returns false, with a warning located at
// `report_as`, when the index could not be built; the folder then holds no
// partial index.
bool build_search_index(const std::string& site_dir, const SearchOptions& options, const std::string& report_as,
                        Diagnostics& diags, SearchStats* stats = nullptr);

// The Pagefind runner script in `pagefind_dir`.
std::string pagefind_script(const std::string& pagefind_dir);

}  // namespace candour
