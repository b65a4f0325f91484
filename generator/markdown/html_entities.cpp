#include "markdown/html_entities.hpp"

#include <cmark-gfm.h>

#include <map>
#include <mutex>

#include "io/hex_digits.hpp"
#include "io/utf8_append.hpp"

namespace candour {

namespace {

bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
// Code points browsers replace: nothing, surrogates, and beyond Unicode.
char32_t as_browser_shows(char32_t c) {
    // Windows-1252 for the C1 range, as the HTML standard says (&#150; is an en dash).
    static const char32_t c1[32] = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                                    0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
    if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0xFFFD;
    if (c >= 0x80 && c <= 0x9F) return c1[c - 0x80];
    return c;
}

std::size_t decode_numeric(std::string_view s, std::string& out) {
    std::size_t i = 2;  // after "&#"
    bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
    if (hex) ++i;
    std::size_t first = i;
    char32_t value = 0;
    for (; i < s.size(); ++i) {
        int v = hex ? hex_digit_value(s[i]) : (is_digit(s[i]) ? s[i] - '0' : -1);
        if (v < 0) break;
        if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + static_cast<char32_t>(v);
    }
    if (i == first) return 0;
    append_utf8(out, as_browser_shows(value));
    return i < s.size() && s[i] == ';' ? i + 1 : i;  // browsers accept a missing ';'
}

// Named references come from cmark-gfm's table of all HTML5 entities, read
// through its public parser: "&commat;" as Markdown is a paragraph holding "@".
std::string lookup_named(const std::string& reference) {
    static std::mutex mutex;
    static std::map<std::string, std::string> cache;
    std::lock_guard lock(mutex);
    if (auto it = cache.find(reference); it != cache.end()) return it->second;
    std::string decoded;
    cmark_node* doc = cmark_parse_document(reference.data(), reference.size(), CMARK_OPT_DEFAULT);
    cmark_node* para = cmark_node_first_child(doc);
    cmark_node* text = para ? cmark_node_first_child(para) : nullptr;
    if (text && cmark_node_get_type(text) == CMARK_NODE_TEXT && !cmark_node_next(text)) {
        if (const char* literal = cmark_node_get_literal(text)) decoded = literal;
    }
    cmark_node_free(doc);
    if (decoded == reference) decoded.clear();  // not an entity
    cache.emplace(reference, decoded);
    return decoded;
}

std::size_t decode_named(std::string_view s, std::string& out) {
    std::size_t i = 1;
    while (i < s.size() && i < 40 && (is_alpha(s[i]) || is_digit(s[i]))) ++i;
    std::string_view name = s.substr(1, i - 1);
    bool semicolon = i < s.size() && s[i] == ';';
    // The few every page uses, without a lookup; browsers also read these
    // without the ';'.
    static const std::pair<std::string_view, std::string_view> common[] = {
        {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\xC2\xA0"}};
    for (const auto& [n, v] : common) {
        if (name == n) {
            out += v;
            return semicolon ? i + 1 : i;
        }
    }
    if (!semicolon || name.empty()) return 0;
    std::string decoded = lookup_named(std::string(s.substr(0, i + 1)));
    if (decoded.empty()) return 0;
    out += decoded;
    return i + 1;
}

}  // namespace

std::size_t decode_entity(std::string_view s, std::string& out) {
    if (s.size() < 2 || s[0] != '&') return 0;
    if (s[1] == '#') return decode_numeric(s, out);
    if (!is_alpha(s[1])) return 0;
    return decode_named(s, out);
}

}  // namespace candour
