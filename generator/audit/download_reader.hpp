#pragma once
// Reads published figures back from the files a reader downloads: every CSV
// in the KPI download format (indicator and release downloads, and each
// chart's data), and the interview ratings. The audit trusts these bytes,
// not the code that wrote them.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "audit/figure.hpp"
#include "diagnostics/diagnostics.hpp"

namespace candour {

struct DownloadedFigures {
    std::vector<Figure> figures;
    std::map<std::string, std::string> units;  // indicator -> its 'unit' column
    int files = 0;                             // downloads read
};

// Adds the figures of one file if it is a download; any other file is left
// alone. A malformed download is reported at its line and column.
void read_download(const std::string& path, std::string_view bytes, DownloadedFigures& out, Diagnostics& diags);

}  // namespace candour
