#include "load/refused_files.hpp"

#include <fmt/format.h>

namespace candour {

void report_refused_files(const FileSystem& fs, const std::string& dir, const std::string& display_root,
                          Diagnostics& diags) {
    for (const auto& refused : fs.refusals(dir)) {
        std::string shown = display_root.empty() ? refused.path : display_root + refused.path.substr(dir.size());
        diags.error({shown, 1, 1}, fmt::format("candour will not read this: it is {}", refused.reason),
                    "candour reads only regular files inside the site and theme folders: put a copy of the "
                    "file here instead, or remove this one");
    }
}

}  // namespace candour
