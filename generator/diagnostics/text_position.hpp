#pragma once
// Turning byte offsets into the line and column an editor shows, and finding
// invalid UTF-8. Columns count characters, not bytes, so "£" is one column.
#include <cstddef>
#include <optional>
#include <string_view>

#include "diagnostics/diagnostic.hpp"

namespace candour {

struct LineCol {
    int line = 1;
    int col = 1;
};

LineCol line_col_at(std::string_view text, std::size_t byte_offset);

// Byte offset at which a 1-based line starts (text.size() if past the end).
std::size_t offset_of_line(std::string_view text, int line);

// The byte offset of the first byte that is not valid UTF-8, if any.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

}  // namespace candour
