#pragma once
// The letters, digits and '@' of a text, and nothing else: the form in which
// the gate compares what it found with allowed text, approvals and the
// sources. "07700 900123", "07700-900123" and "077**00** 900123" all have the
// key "07700900123", so spacing, punctuation and markup never hide a match.
#include <string>
#include <string_view>
#include <vector>

namespace candour {

struct MatchKey {
    std::string key;
    // boundary[i] (0 <= i <= key.size()): a word starts or ends at key[i],
    // so a match of "1civicway" inside "21civicway" can be told apart.
    std::vector<bool> boundary;

    // Whether `k` occurs in this key from one boundary to another.
    bool contains_whole(std::string_view k) const;
};

// Of text already normalised (normalised_text.hpp).
MatchKey match_key(std::string_view normalised);

inline bool is_key_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '@' || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace candour
