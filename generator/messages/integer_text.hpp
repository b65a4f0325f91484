#pragma once
// Whole numbers inside the words of a message (a year, a day of the month,
// a number of days), written as the catalogue's language writes them, by
// ICU: its own digits, and no grouping, so that a year is "2024", never
// "2,024".
#include <string>

namespace candour {

std::string integer_text(long long value, const std::string& language);

}  // namespace candour
