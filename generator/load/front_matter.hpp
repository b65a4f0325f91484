#pragma once
// Splits a content file into YAML front matter and Markdown body.
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "load/content_file.hpp"

namespace candour {

// The keys a page may set; anything else is reported with a suggestion.
const std::vector<std::string>& front_matter_keys();

// Parses `text` (already valid UTF-8 with LF endings). Returns nothing when
// the file can't be used at all; field-level problems are reported and the
// field left at its default.
std::optional<ContentFile> parse_content_file(const std::string& path, const std::string& text, Diagnostics& diags);

}  // namespace candour
