#include "kpi/format.hpp"

#include <cmath>

#include <fmt/format.h>

namespace candour {

std::string format_number(double value, int decimals) {
    std::string s = fmt::format("{:.{}f}", std::fabs(value), decimals);
    auto dot = s.find('.');
    std::size_t int_end = dot == std::string::npos ? s.size() : dot;
    for (int i = static_cast<int>(int_end) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ",");
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
        case Unit::count: return "number";
        case Unit::percentage: return "per cent";
        case Unit::median_days: return "median days";
        case Unit::rate: return "rate";
        case Unit::score: return "score";
    }
    return "";
}

std::string change_amount(const Change& change, const Indicator& ind) {
    if (!change.absolute) return "not available";
    if (*change.absolute == 0) return "no change";
    std::string dir = *change.absolute > 0 ? "up" : "down";
    std::string amount = format_number(std::fabs(*change.absolute), ind.decimals);
    if (ind.unit == Unit::percentage) {
        return fmt::format("{} {} percentage point{}", dir, amount, amount == "1" || amount == "1.0" ? "" : "s");
    }
    if (ind.unit == Unit::median_days) amount += amount == "1" ? " day" : " days";
    if (change.relative) return fmt::format("{} {} ({}%)", dir, amount, format_number(std::fabs(*change.relative), 1));
    return fmt::format("{} {}", dir, amount);
}

std::string describe_change(const Change& change, const PublishedValue& from, const PublishedValue& to,
                            const Indicator& ind) {
    if (!change.absolute) {
        return fmt::format("cannot be compared with {}, because a figure is not shown", change.from.label());
    }
    if (*change.absolute == 0) {
        return fmt::format("was unchanged from {} ({})", change.from.label(), display_value(to, ind));
    }
    return fmt::format("{} from {} in {} to {}, {}", change.direction, display_value(from, ind), change.from.label(),
                       display_value(to, ind), change_amount(change, ind));
}

}  // namespace candour
