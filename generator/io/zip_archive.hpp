#pragma once
// The files inside a zip archive, inflated: how candour reads back the
// spreadsheets it publishes (an .xlsx is a zip of XML files), so the privacy
// gate and the disclosure audit see the cells a reader gets, not the bytes.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace candour {

struct ZipEntry {
    std::string name;
    std::string bytes;
};

// Every entry, in the central directory's order; nullopt if `archive` is not
// a zip this can read (stored and deflated entries, no ZIP64, no encryption,
// each entry at most 256 MiB inflated). With `wanted`, only the entries whose
// names it accepts are inflated and returned (the rest are still checked).
std::optional<std::vector<ZipEntry>> read_zip(std::string_view archive,
                                              const std::function<bool(std::string_view)>& wanted = {});

}  // namespace candour
