#include "privacy/match_key.hpp"

namespace candour {

MatchKey match_key(std::string_view normalised) {
    MatchKey k;
    k.key.reserve(normalised.size());
    k.boundary.push_back(true);
    bool gap = false;
    for (char c : normalised) {
        if (!is_key_byte(c)) {
            gap = true;
            continue;
        }
        if (gap && !k.key.empty()) k.boundary.back() = true;
        gap = false;
        k.key += c;
        k.boundary.push_back(false);
    }
    k.boundary.back() = true;
    return k;
}

bool MatchKey::contains_whole(std::string_view k) const {
    if (k.empty()) return false;
    for (std::size_t at = key.find(k); at != std::string::npos; at = key.find(k, at + 1)) {
        if (boundary[at] && boundary[at + k.size()]) return true;
    }
    return false;
}

}  // namespace candour
