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
std::string unit_label(const Indicator& ind);  // "number", "per cent", "median days", ...

// "rose from 12.0% in April to June 2024 to 14.3% (up 2.3 percentage points)"
std::string describe_change(const Change& change, const PublishedValue& from, const PublishedValue& to,
                            const Indicator& ind);
// "up 2.3 percentage points" / "down 12 (8.1%)" / "no change" / "not available"
std::string change_amount(const Change& change, const Indicator& ind);

}  // namespace candour
