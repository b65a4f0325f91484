#include "diagnostics/text_origin.hpp"

#include "diagnostics/text_position.hpp"

namespace candour {

SourcePos TextOrigin::at(std::string_view text, std::size_t offset) const {
    if (offset >= lost_at_) return field_;
    const Anchor* found = nullptr;
    for (const auto& a : anchors_) {
        if (a.offset > offset) break;
        found = &a;
    }
    if (!found) return field_;
    SourcePos pos = found->pos;
    // Count characters (not UTF-8 continuation bytes) from the anchor on.
    for (std::size_t i = found->offset; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++pos.line;
            pos.col = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++pos.col;
        }
    }
    return pos;
}

SourcePos TextOrigin::at_line_col(std::string_view text, int line, int byte_col) const {
    std::size_t offset =
        offset_of_line(text, line < 1 ? 1 : line) + static_cast<std::size_t>(byte_col < 1 ? 0 : byte_col - 1);
    return at(text, offset);
}

}  // namespace candour
