#pragma once
// Reading published text as a reader would, for the typed-figure check
// (typed_figures.hpp): sentences, their words, and the numbers in them that
// could be a figure. Dates, quarter codes, section and recommendation
// numbers, ordinals, money, durations, bounds ("fewer than 5") and changes
// ("rose by 3") are not figures and are left out here, with the reason
// written beside each rule in written_numbers.cpp. Nothing here knows a
// figure's value.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace candour {

struct WrittenNumber {
    enum class Kind { plain, percentage, days };
    double value = 0;
    int decimals = 0;  // as written: "11.2%" has 1
    Kind kind = Kind::plain;
    std::size_t offset = 0;  // byte offset in the text read
    std::size_t length = 0;
    std::size_t token = 0;  // index in Sentence::words
};

struct Sentence {
    std::size_t begin = 0;  // byte offsets in the text read
    std::size_t end = 0;
    // Every word and number, lower case, in order ("40", "to", "59"), so
    // phrases with digits in them match too.
    std::vector<std::string> words;
    std::vector<WrittenNumber> numbers;  // those that could be a figure
};

// `markdown`: kpi and chart embeds (fenced blocks and `kpi ...` spans), link
// targets, HTML tags, footnote labels and list and heading markers are not
// read; a heading, a list item, a table row and a paragraph each end a
// sentence.
std::vector<Sentence> read_sentences(std::string_view text, bool markdown);

// "Two" to "twenty" as numbers (the optional part of the check: "one" is too
// often not a number at all to be read as one).
int number_word(std::string_view lower_word);

// Whether `words` holds `phrase` (each a lower-case word) from `at`, a word
// matching its plural or singular ("charge" and "charges").
bool phrase_at(const std::vector<std::string>& words, std::size_t at, const std::vector<std::string>& phrase);

// A name split into the words phrase_at compares: "Partner or ex-partner" ->
// partner, or, ex, partner.
std::vector<std::string> phrase_words(std::string_view text);

}  // namespace candour
