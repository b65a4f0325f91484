#pragma once
// Hex digits, as escapes write them: "%40", "&#x40;", "\x40", "\u0040".
#include <cstddef>
#include <string_view>

namespace candour {

inline int hex_digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Exactly `digits` hex digits at `i` as a number, or -1.
inline long hex_number(std::string_view s, std::size_t i, int digits) {
    if (i + static_cast<std::size_t>(digits) > s.size()) return -1;
    long v = 0;
    for (int k = 0; k < digits; ++k) {
        int h = hex_digit_value(s[i + static_cast<std::size_t>(k)]);
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

}  // namespace candour
