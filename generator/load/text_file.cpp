#include "load/text_file.hpp"

#include "diagnostics/text_position.hpp"

namespace candour {

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
    // Windows line endings: positions stay the same, since only '\r' goes.
    std::string clean;
    clean.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
        clean += text[i];
    }
    return clean;
}

}  // namespace candour
