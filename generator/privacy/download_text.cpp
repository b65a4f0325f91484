// The cells of CSV and JSON downloads as text (published_text.hpp): each cell
// or string on its own, decoded (a doubled quote in CSV, \u0040 in JSON).
#include "io/hex_digits.hpp"
#include "privacy/published_text.hpp"
#include "privacy/utf8_text.hpp"

namespace candour {

namespace {

// The escape after a backslash at `i` (which it advances past).
void json_escape(std::string_view s, std::size_t& i, std::string& out) {
    char e = i + 1 < s.size() ? s[i + 1] : '\\';
    i += 2;
    switch (e) {
        case 'n':
        case 'r':
        case 't':
        case 'b':
        case 'f':
            out += ' ';
            return;
        case 'u':
            break;
        default:
            out += e;
            return;
    }
    long c = hex_number(s, i, 4);
    if (c < 0) return;
    i += 4;
    if (c >= 0xD800 && c < 0xDC00 && i + 1 < s.size() && s[i] == '\\' && s[i + 1] == 'u') {
        long low = hex_number(s, i + 2, 4);
        if (low >= 0xDC00 && low < 0xE000) {
            c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
            i += 6;
        }
    }
    append_utf8(out, static_cast<char32_t>(c));
}

}  // namespace

void read_csv_cells(std::string_view s, TextNormaliser& out) {
    std::string cell;
    std::size_t i = 0;
    while (i < s.size()) {
        cell.clear();
        if (s[i] == '"') {
            for (++i; i < s.size(); ++i) {
                if (s[i] == '"' && i + 1 < s.size() && s[i + 1] == '"') {
                    cell += '"';
                    ++i;
                } else if (s[i] == '"') {
                    ++i;
                    break;
                } else {
                    cell += s[i];
                }
            }
        }
        while (i < s.size() && s[i] != ',' && s[i] != '\n') cell += s[i++];
        ++i;  // the ',' or the end of the line
        out.append(cell);
        out.line_break();
    }
}

void read_json_strings(std::string_view s, TextNormaliser& out) {
    std::string text;
    for (std::size_t i = s.find('"'); i != std::string_view::npos && i < s.size(); i = s.find('"', i)) {
        text.clear();
        for (++i; i < s.size() && s[i] != '"';) {
            if (s[i] == '\\') {
                json_escape(s, i, text);
            } else {
                text += s[i++];
            }
        }
        ++i;  // the closing quote
        out.append(text);
        out.line_break();
    }
}

}  // namespace candour
