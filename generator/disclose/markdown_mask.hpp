#pragma once
// What a reader of a Markdown page never sees, for reading the numbers in
// its words (written_numbers.hpp): kpi and chart embeds, link targets,
// HTML tags, footnote labels, list and heading markers and numbers become
// spaces, and a mark stands where a sentence must end (a heading, a list
// item, a table row, a line of code). The result has the text's length, so
// every byte offset in it is also an offset in the source.
#include <string>
#include <string_view>

namespace candour {

inline constexpr char masked_char = ' ';           // a character not read
inline constexpr char sentence_end_char = '\x01';  // a sentence ends here

std::string mask_markdown(std::string_view text);

// Characters as the readers of text see them (ASCII only: anything else is
// a letter, or a mark written_numbers.cpp knows).
inline bool is_space_char(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
inline bool is_digit_char(char c) {
    return c >= '0' && c <= '9';
}
inline bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
}

}  // namespace candour
