#pragma once
// Takes each page as soon as it is rendered, on the thread that rendered
// it: `candour build` has the privacy gate read it, writes it to the staging
// folder and releases its bytes (OutputFile::streamed), so that the site's
// HTML is never all held at once.
#include <functional>

#include "io/output_file.hpp"

namespace candour {

using PageSink = std::function<void(OutputFile& page)>;

}  // namespace candour
