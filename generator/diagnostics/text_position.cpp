#include "diagnostics/text_position.hpp"

#include <utf8.h>

#include <algorithm>

namespace candour {

LineCol line_col_at(std::string_view text, std::size_t byte_offset) {
    byte_offset = std::min(byte_offset, text.size());
    LineCol lc;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < byte_offset; ++i) {
        if (text[i] == '\n') {
            ++lc.line;
            line_start = i + 1;
        }
    }
    // Count code points: every byte that is not a UTF-8 continuation byte.
    int col = 1;
    for (std::size_t i = line_start; i < byte_offset; ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
    }
    lc.col = col;
    return lc;
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1))
        starts_.push_back(i + 1);
}

LineCol LineIndex::at(std::size_t byte_offset) const {
    byte_offset = std::min(byte_offset, text_.size());
    auto line = std::upper_bound(starts_.begin(), starts_.end(), byte_offset) - starts_.begin();
    std::size_t start = starts_[static_cast<std::size_t>(line - 1)];
    LineCol lc = line_col_at(text_.substr(start), byte_offset - start);
    lc.line = static_cast<int>(line);
    return lc;
}

std::size_t offset_of_line(std::string_view text, int line) {
    std::size_t offset = 0;
    for (int l = 1; l < line; ++l) {
        auto nl = text.find('\n', offset);
        if (nl == std::string_view::npos) return text.size();
        offset = nl + 1;
    }
    return offset;
}

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
    auto it = utf8::find_invalid(text.begin(), text.end());
    if (it == text.end()) return std::nullopt;
    return static_cast<std::size_t>(it - text.begin());
}

}  // namespace candour
