#pragma once
// Reading people's names backwards or forwards from an anchor: capitalised
// words ("Jane", "O'Brien", "Smith-Jones", an initial "J.") that are not
// words that only start sentences or name things ("The", "Police").
#include <cstddef>

#include "privacy/detect/scan_view.hpp"

namespace candour::detect {

struct NameWords {
    std::size_t start = 0;  // of the first word
    std::size_t end = 0;    // after the last word
    int words = 0;          // names of two letters or more
    bool titled = false;    // starts with Mr, Mrs, Ms, Miss, Mx or Dr
};

bool is_title(std::string_view word);

// Name words ending just before `end` (which follows the last one), up to four.
NameWords name_before(const ScanView& v, std::size_t end);

// Name words starting at `start`, up to three.
NameWords name_after(const ScanView& v, std::size_t start);

}  // namespace candour::detect
