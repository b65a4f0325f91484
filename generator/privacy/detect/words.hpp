#pragma once
// Word lists several detectors share, all lower case.
#include <optional>
#include <string_view>

#include "privacy/detect/scan_view.hpp"

namespace candour::detect {

// 1 to 12 for a month's name or abbreviation ("mar", "sept"), else 0.
int month_number(std::string_view word);
// 1 to 31 for "first" to "thirty-first" (one word, or "thirty first" in two), else 0.
int ordinal_day(std::string_view word);
// Capitalised words that start sentences or name things, not people: "The",
// "Police", "Service"... A name with an age or a title is never made of these.
bool is_not_a_name(std::string_view word);
// Words that never name a street: "the", "of", "and"...
bool is_function_word(std::string_view word);

// A date at `i` in any common form: "14/03/1991", "1991-03-14", "3rd of
// March 1990", "March 3, 1990", "the third of March", "March 1990", and (if
// `year_alone`) "1990". Returns where it ends.
std::optional<std::size_t> date_at(const ScanView& v, std::size_t i, bool year_alone);

}  // namespace candour::detect
