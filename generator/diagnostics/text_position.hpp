#pragma once
// Turning byte offsets into the line and column an editor shows, and finding
// invalid UTF-8. Columns count characters, not bytes, so "£" is one column.
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.hpp"

namespace candour {

struct LineCol {
    int line = 1;
    int col = 1;
};

LineCol line_col_at(std::string_view text, std::size_t byte_offset);

// The same for many offsets in one text: the start of each line is found
// once, then each position costs a binary search and its own line.
class LineIndex {
public:
    explicit LineIndex(std::string_view text);
    LineCol at(std::size_t byte_offset) const;

private:
    std::string_view text_;
    std::vector<std::size_t> starts_;  // byte offset of each line's first character
};

// Byte offset at which a 1-based line starts (text.size() if past the end).
std::size_t offset_of_line(std::string_view text, int line);

// The byte offset of the first byte that is not valid UTF-8, if any.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

}  // namespace candour
