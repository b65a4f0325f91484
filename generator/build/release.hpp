#pragma once
// `candour release --period P`: freezes what the site publishes for one
// period (its report pages with their chart data, and the period's
// downloads) into releases/<period>/ in the source, with a manifest of each
// file's SHA-256. Every later build publishes those bytes unchanged.
#include <string>

#include "build/build.hpp"
#include "kpi/period.hpp"

namespace candour {

struct ReleaseReport {
    bool written = false;
    std::string folder;  // "<source>/releases/2024-25-q2"
    int files = 0;
};

// Builds the site in memory (any error stops the release) and writes the
// period's files and manifest. A period already released is refused.
ReleaseReport release_period(BuildOptions options, const Period& period, Diagnostics& diags);

}  // namespace candour
