#pragma once
// UTF-8 one code point at a time, forgiving: the privacy gate reads whatever
// is published, valid or not, and never stops on a bad byte.
#include <cstddef>
#include <string>
#include <string_view>

#include "io/utf8_append.hpp"

namespace candour {

inline constexpr char32_t invalid_code_point = 0xFFFFFFFF;

// The code point at `i`, advancing `i`; invalid_code_point (one byte taken)
// for a byte that does not start a valid sequence.
inline char32_t next_code_point(std::string_view s, std::size_t& i) {
    auto b = static_cast<unsigned char>(s[i]);
    int len = b >= 0xF8 ? 0 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : b < 0x80 ? 1 : 0;
    if (len == 1) return s[i++];
    if (len == 0 || i + static_cast<std::size_t>(len) > s.size()) {
        ++i;
        return invalid_code_point;
    }
    char32_t c = len == 4 ? b & 0x07 : len == 3 ? b & 0x0F : b & 0x1F;
    for (std::size_t k = 1; k < static_cast<std::size_t>(len); ++k) {
        auto cb = static_cast<unsigned char>(s[i + k]);
        if ((cb & 0xC0) != 0x80) {
            ++i;
            return invalid_code_point;
        }
        c = (c << 6) | (cb & 0x3F);
    }
    i += static_cast<std::size_t>(len);
    return c;
}

}  // namespace candour
