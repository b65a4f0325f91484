#pragma once
// One kind of detail the privacy gate looks for. Running a regular
// expression over every byte is too slow for tens of thousands of pages, so
// the scanner reads the text once, word by word, and asks a detector to look
// closer only at the words it has said could start or anchor a match: listed
// keywords ("born", "lane"), words that begin with a digit or a letter, or an
// '@'.
#include <optional>
#include <string>
#include <vector>

#include "privacy/detect/scan_view.hpp"

namespace candour::detect {

struct Triggers {
    std::vector<std::string> words;  // exact words, lower case
    bool digit_words = false;        // every word that starts with a digit
    bool letter_words = false;       // every word that starts with a letter
    bool at_sign = false;            // every '@' (the word is the '@' itself)
};

class Detector {
public:
    virtual ~Detector() = default;
    virtual std::string kind() const = 0;
    virtual Triggers triggers() const = 0;
    // A match around the trigger [start, end), if there is one.
    virtual std::optional<Match> match_at(const ScanView& v, std::size_t start, std::size_t end) const = 0;
};

}  // namespace candour::detect
