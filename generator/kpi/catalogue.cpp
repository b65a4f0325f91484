#include "kpi/catalogue.hpp"

#include <algorithm>

namespace candour {

namespace {

struct UnitName {
    Unit unit;
    const char* name;
};
constexpr UnitName units[] = {{Unit::count, "count"},
                              {Unit::percentage, "percentage"},
                              {Unit::median_days, "median_days"},
                              {Unit::rate, "rate"},
                              {Unit::score, "score"}};

struct PolarityName {
    Polarity polarity;
    const char* name;
};
constexpr PolarityName polarities[] = {{Polarity::higher_is_better, "higher_is_better"},
                                       {Polarity::lower_is_better, "lower_is_better"},
                                       {Polarity::neutral, "neutral"}};

}  // namespace

std::optional<IndicatorDisclosure::Method> parse_disclosure_method(std::string_view text) {
    using M = IndicatorDisclosure::Method;
    for (M m : {M::none, M::suppress, M::round}) {
        if (text == disclosure_method_name(m)) return m;
    }
    return std::nullopt;
}

const char* disclosure_method_name(IndicatorDisclosure::Method method) {
    switch (method) {
        case IndicatorDisclosure::Method::none:
            return "none";
        case IndicatorDisclosure::Method::round:
            return "round";
        case IndicatorDisclosure::Method::suppress:
            break;
    }
    return "suppress";
}

std::optional<Unit> parse_unit(std::string_view text) {
    for (const auto& u : units) {
        if (text == u.name) return u.unit;
    }
    return std::nullopt;
}

std::string unit_name(Unit unit) {
    for (const auto& u : units) {
        if (u.unit == unit) return u.name;
    }
    return "count";
}

std::vector<std::string> unit_names() {
    std::vector<std::string> out;
    for (const auto& u : units) out.emplace_back(u.name);
    return out;
}

std::optional<Polarity> parse_polarity(std::string_view text) {
    for (const auto& p : polarities) {
        if (text == p.name) return p.polarity;
    }
    return std::nullopt;
}

std::vector<std::string> polarity_names() {
    std::vector<std::string> out;
    for (const auto& p : polarities) out.emplace_back(p.name);
    return out;
}

void Catalogue::build_index() {
    by_id.clear();
    for (std::size_t i = 0; i < indicators.size(); ++i) by_id.emplace(indicators[i].id, i);
}

const Indicator* Catalogue::indicator(const std::string& id) const {
    if (!by_id.empty()) {
        auto found = by_id.find(id);
        return found == by_id.end() ? nullptr : &indicators[found->second];
    }
    auto it = std::find_if(indicators.begin(), indicators.end(), [&](const Indicator& i) { return i.id == id; });
    return it == indicators.end() ? nullptr : &*it;
}

const Breakdown* Catalogue::breakdown(const std::string& id) const {
    auto it = breakdowns.find(id);
    return it == breakdowns.end() ? nullptr : &it->second;
}

std::vector<std::string> Catalogue::indicator_ids() const {
    std::vector<std::string> ids;
    for (const auto& i : indicators) ids.push_back(i.id);
    return ids;
}

std::string cross_group(const std::string& first, const std::string& second) {
    return first + cross_separator + second;
}

}  // namespace candour
