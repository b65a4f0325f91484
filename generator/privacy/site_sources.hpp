#pragma once
// The source files of one build, for the gate's source index: every page
// that is rendered, site.yaml, everything under data/, and the theme.
#include "io/file_system.hpp"
#include "load/load.hpp"
#include "model/routes.hpp"
#include "privacy/source_index.hpp"

namespace candour {

std::vector<SourceFile> site_sources(const SourceTree& tree, const Routes& routes, const FileSystem& fs);

// Lines of a YAML file's top-level `key:` block, such as site.yaml's
// "privacy:" section, or nothing.
std::optional<std::pair<int, int>> top_level_block(std::string_view yaml, std::string_view key);

}  // namespace candour
