#pragma once
// Links out of the site or theme folder, links to folders, pipes and devices
// are never read (io/file_system.hpp); each is reported, so that a file that
// seems to be there is not silently missing from the site.
#include <string>

#include "diagnostics/diagnostics.hpp"
#include "io/file_system.hpp"

namespace candour {

// Reports what `fs` refuses below `dir`. `display_root` replaces `dir` in
// messages (the folder as the reader knows it); empty: paths as they are.
void report_refused_files(const FileSystem& fs, const std::string& dir, const std::string& display_root,
                          Diagnostics& diags);

}  // namespace candour
