#include "load/text_file.hpp"

#include <fmt/format.h>

#include "diagnostics/text_position.hpp"

namespace candour {

namespace {

// A control character HTML does not allow in text (all but tab, line feed,
// form feed and carriage return, DEL, and U+0080 to U+009F). Word pastes a
// vertical tab for a line break; such characters are invisible in editors.
// Returns the offset and the code point.
std::optional<std::pair<std::size_t, unsigned>> find_control_character(const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        bool c0 = c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r';
        if (c0 || c == 0x7f) return std::make_pair(i, static_cast<unsigned>(c));
        if (c == 0xc2 && i + 1 < text.size()) {
            auto next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80 && next <= 0x9f) return std::make_pair(i, static_cast<unsigned>(next));
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::string> read_text_file(const FileSystem& fs, const std::string& path, Diagnostics& diags) {
    auto bytes = fs.read(path);
    if (!bytes) return std::nullopt;
    std::string text = std::move(*bytes);
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
    if (auto bad = find_invalid_utf8(text)) {
        auto lc = line_col_at(text, *bad);
        diags.error({path, lc.line, lc.col}, "the file is not valid UTF-8 text",
                    "save the file with UTF-8 encoding (in Excel or Word choose 'UTF-8' when saving)");
        return std::nullopt;
    }
    // Valid UTF-8, but no text editor writes a zero byte: a document or an
    // image saved under a text file's name.
    if (auto zero = text.find('\0'); zero != std::string::npos) {
        auto lc = line_col_at(text, zero);
        diags.error({path, lc.line, lc.col}, "the file contains a zero byte, so it is not a text file",
                    "is it a document or an image saved under this name? Save the text again as plain UTF-8 text");
        return std::nullopt;
    }
    if (auto control = find_control_character(text)) {
        auto lc = line_col_at(text, control->first);
        diags.error({path, lc.line, lc.col},
                    fmt::format("the file contains the invisible control character U+{:04X}, which cannot be published",
                                control->second),
                    "delete it (it often comes from pasting from Word, as a line break inside a paragraph)");
        return std::nullopt;
    }
    // Windows line endings lose their '\r'; a lone '\r' (old Mac files, and
    // Excel's "CSV (Macintosh)") becomes a line end. Positions stay the same.
    std::string clean;
    clean.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\r') {
            clean += text[i];
        } else if (i + 1 >= text.size() || text[i + 1] != '\n') {
            clean += '\n';
        }
    }
    return clean;
}

}  // namespace candour
