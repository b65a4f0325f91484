#pragma once
// How published figures are written: on pages ("1,234", "14.3%", "[c]") and
// in downloads ("1234", "14.3", "[c]"). Both come from the same published
// value, so a page and its download always agree.
#include <string>

#include "kpi/published.hpp"

namespace candour {

std::string format_number(double value, int decimals);  // with thousands separators
std::string display_value(const PublishedValue& v, const Indicator& ind);
std::string download_value(const PublishedValue& v, int decimals);

// Sentences about changes are the theme's words: model/change_words.hpp.

}  // namespace candour
