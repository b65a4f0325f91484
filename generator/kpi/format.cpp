#include "kpi/format.hpp"

#include <fmt/format.h>

#include <cmath>

namespace candour {

std::string format_number(double value, int decimals) {
    std::string s = fmt::format("{:.{}f}", std::fabs(value), decimals);
    auto dot = s.find('.');
    std::size_t int_end = dot == std::string::npos ? s.size() : dot;
    for (int i = static_cast<int>(int_end) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), 1, ',');
    bool negative = value < 0 && std::round(std::fabs(value) * std::pow(10, decimals)) != 0;
    return negative ? "-" + s : s;
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

std::string unit_label(const Indicator& ind) {
    switch (ind.unit) {
        case Unit::count:
            return "number";
        case Unit::percentage:
            return "per cent";
        case Unit::median_days:
            return "median days";
        case Unit::rate:
            return "rate";
        case Unit::score:
            return "score";
    }
    return "";
}

}  // namespace candour
