#pragma once
// One successful preview build, held in memory and served as it is. Never
// changed once made: a rebuild makes a new snapshot and swaps it in, so a
// request always sees one whole build.
#include <map>
#include <string>

namespace candour {

struct SiteSnapshot {
    std::map<std::string, std::string> files;  // output path ("reports/index.html") -> bytes
    std::string base_path = "/";               // "/rasso/": the path the pages expect to be served under
};

}  // namespace candour
