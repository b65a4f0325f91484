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
    PublishedFigures publication;
    std::map<std::string, std::string> units;  // indicator -> its 'unit' column

    // Adds another file's figures, with their names.
    void merge(DownloadedFigures&& other);
};

// Whether a file is a download the audit reads (by name and first line).
bool is_download(const std::string& path, std::string_view bytes);

// Adds the figures of one download; each remembers `file` and the byte
// offset of its cell. A malformed cell is reported at its line and column.
// `edition` names the release the file was frozen in ("" for the figures as
// they are now).
void read_download(const std::string& path, std::string_view bytes, std::uint32_t file, DownloadedFigures& out,
                   Diagnostics& diags, std::string_view edition = "");

}  // namespace candour
