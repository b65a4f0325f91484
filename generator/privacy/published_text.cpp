#include "privacy/published_text.hpp"

#include <cstdint>
#include <cstring>
#include <optional>

#include "diagnostics/text_position.hpp"
#include "io/hex_digits.hpp"
#include "io/xlsx_reader.hpp"
#include "privacy/pdf_text.hpp"
#include "privacy/utf8_text.hpp"

namespace candour {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool has_extension(std::string_view path, std::initializer_list<std::string_view> extensions) {
    for (auto e : extensions) {
        if (ends_with(path, e)) return true;
    }
    return false;
}

// A binary file (an image, a font) can still carry text in its metadata, such
// as an author's email address: its printable runs are read, as `strings`
// would. Short runs are left out: in compressed data they are noise.
void read_binary(std::string_view bytes, TextNormaliser& out) {
    constexpr std::size_t min_run = 8;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= bytes.size(); ++i) {
        bool printable = i < bytes.size() && bytes[i] >= 0x20 && bytes[i] < 0x7F;
        if (printable) continue;
        if (i - start >= min_run) {
            out.append(bytes.substr(start, i - start));
            out.line_break();
        }
        start = i + 1;
    }
}

// No NUL and valid UTF-8. Runs of ASCII, most of any page, are skipped eight
// bytes at a time.
bool is_text(std::string_view bytes) {
    if (bytes.find('\0') != std::string_view::npos) return false;
    std::size_t i = 0;
    while (i < bytes.size()) {
        if (i + 8 <= bytes.size()) {
            std::uint64_t word;
            std::memcpy(&word, bytes.data() + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        if (static_cast<unsigned char>(bytes[i]) < 0x80) {
            ++i;
            continue;
        }
        std::size_t start = i;
        if (next_code_point(bytes, i) == invalid_code_point) return false;
        std::string_view one = bytes.substr(start, i - start);
        if (find_invalid_utf8(one)) return false;  // overlong forms and surrogates too
    }
    return true;
}

}  // namespace

std::string percent_decoded(std::string_view s) {
    if (s.find('%') == std::string_view::npos) return std::string(s);
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hex_digit_value(s[i + 1]) >= 0 && hex_digit_value(s[i + 2]) >= 0) {
            out += static_cast<char>(hex_digit_value(s[i + 1]) * 16 + hex_digit_value(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

NormalisedText read_published(const OutputFile& file) {
    TextNormaliser out;
    out.reserve(file.bytes.size() + file.path.size());
    std::string_view bytes = file.bytes;
    std::optional<std::string> spreadsheet;
    if (has_extension(file.path, {".pdf"}) && bytes.starts_with("%PDF-")) {
        read_pdf(bytes, out);
    } else if (has_extension(file.path, {".xlsx"}) && (spreadsheet = xlsx_text(bytes))) {
        // Inflated: each cell, sheet name and property on a line of its own,
        // so neighbouring cells never run together into one number.
        std::string_view text = *spreadsheet;
        for (std::size_t start = 0; start < text.size();) {
            std::size_t end = std::min(text.find('\n', start), text.size());
            out.append(text.substr(start, end - start));
            out.line_break();
            start = end + 1;
        }
    } else if (!is_text(bytes)) {
        read_binary(bytes, out);
    } else if (has_extension(file.path, {".html", ".htm", ".svg", ".xml", ".xhtml"})) {
        read_markup(bytes, out);
    } else if (has_extension(file.path, {".csv"})) {
        read_csv_cells(bytes, out);
    } else if (has_extension(file.path, {".json", ".jsonld", ".webmanifest"})) {
        read_json_strings(bytes, out);
    } else {
        out.append(bytes);
    }
    // Each folder and the file name, as they appear in its web address.
    std::string path = percent_decoded(file.path);
    std::size_t start = 0;
    for (std::size_t slash = path.find('/'); start <= path.size(); slash = path.find('/', start)) {
        out.line_break();
        out.append(
            std::string_view(path).substr(start, slash == std::string::npos ? std::string::npos : slash - start));
        if (slash == std::string::npos) break;
        start = slash + 1;
    }
    return out.take();
}

}  // namespace candour
