#pragma once
// One build for the preview: the whole pipeline into memory, reusing what the
// cache kept, with drafts and scheduled pages included.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "build/build.hpp"
#include "serve/build_cache.hpp"
#include "serve/site_snapshot.hpp"

namespace candour {

struct PreviewBuild {
    std::shared_ptr<const SiteSnapshot> site;  // null if the build had errors
    std::vector<Diagnostic> problems;          // sorted
    int pages = 0;
    int errors = 0;
    int warnings = 0;
    double milliseconds = 0;
};

// `options.preview` is set whatever it was.
PreviewBuild build_preview(BuildOptions options, BuildCache& cache);

// "rebuilt in 4 ms: 11 pages, 0 errors, 0 warnings", or on errors
// "rebuilt in 3 ms: 1 error, 0 warnings; still showing the last good build".
std::string summary_line(std::string_view verb, const PreviewBuild& build);

}  // namespace candour
