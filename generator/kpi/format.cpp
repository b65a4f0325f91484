#include "kpi/format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace candour {

std::string format_number(double value, int decimals) {
    std::string digits = fmt::format("{:.{}f}", std::fabs(value), decimals);
    std::size_t int_end = std::min(digits.find('.'), digits.size());
    // Built afresh rather than with insert(), which g++ 12 wrongly reports
    // as an overlapping copy under -Werror=restrict (GCC bug 105651).
    bool negative = value < 0 && std::round(std::fabs(value) * std::pow(10, decimals)) != 0;
    std::string s = negative ? "-" : "";
    for (std::size_t i = 0; i < int_end; ++i) {
        if (i > 0 && (int_end - i) % 3 == 0) s += ',';
        s += digits[i];
    }
    s.append(digits, int_end);
    return s;
}

std::string display_value(const PublishedValue& v, const Indicator& ind) {
    if (!v.has_number()) return symbol_text(v.symbol());
    std::string n = format_number(v.number(), ind.decimals);
    return ind.unit == Unit::percentage ? n + "%" : n;
}

std::string download_value(const PublishedValue& v, int decimals) {
    if (!v.has_number()) return symbol_text(v.symbol());
    return fmt::format("{:.{}f}", v.number(), decimals);
}

}  // namespace candour
