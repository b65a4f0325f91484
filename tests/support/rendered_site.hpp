#pragma once
// A site rendered in memory by every stage but write, as `candour serve`
// sees it or `candour build` would write it, on a given day.
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "kpi/date.hpp"
#include "support/site_fixture.hpp"

namespace candour::testing {

struct RenderedFiles {
    Files files;                        // output path -> bytes
    std::vector<std::string> problems;  // formatted diagnostics, sorted
};

// Every diagnostic as candour prints it, sorted by file, line and column.
std::vector<std::string> formatted(const Diagnostics& diags);

RenderedFiles render_source(const std::string& source_dir, Date today, bool preview = false);

// The same for a site written inline.
RenderedFiles render_files(const Files& site, Date today, bool preview = false);

}  // namespace candour::testing
