#pragma once
// Character references as a browser reads them: "&#64;", "&#x40;" and named
// ones such as "&commat;" all show '@'. The privacy gate decodes them before
// it looks for personal data, in published HTML and in the sources.
#include <cstddef>
#include <string>
#include <string_view>

namespace candour {

// `s` starts with '&'. Appends what the reference stands for to `out` and
// returns how many bytes of `s` it took, or 0 when `s` does not start one
// (a lone '&' is just an ampersand).
std::size_t decode_entity(std::string_view s, std::string& out);

}  // namespace candour
