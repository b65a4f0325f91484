#include "kpi/published.hpp"

#include <algorithm>

namespace candour {

std::string symbol_text(Symbol s) {
    switch (s) {
        case Symbol::confidential:
            return "[c]";
        case Symbol::not_available:
            return "[x]";
        case Symbol::not_applicable:
            return "[z]";
        case Symbol::none:
            break;
    }
    return "";
}

const PublishedSeries* PublishedIndicator::total() const {
    for (const auto& s : series) {
        if (s.breakdown.empty()) return &s;
    }
    return nullptr;
}

std::vector<const PublishedSeries*> PublishedIndicator::breakdown(const std::string& id) const {
    std::vector<const PublishedSeries*> out;
    for (const auto& s : series) {
        if (s.breakdown == id) out.push_back(&s);
    }
    return out;
}

const PublishedCell* PublishedIndicator::cell(const std::string& breakdown, const std::string& group,
                                              const Period& p) const {
    for (const auto& s : series) {
        if (s.breakdown != breakdown || (s.group != group && s.data_group != group)) continue;
        auto it = s.cells.find(p);
        return it == s.cells.end() ? nullptr : &it->second;
    }
    return nullptr;
}

const PublishedIndicator* PublishedKpi::indicator(const std::string& id) const {
    auto it =
        std::find_if(indicators.begin(), indicators.end(), [&](const PublishedIndicator& i) { return i.def.id == id; });
    return it == indicators.end() ? nullptr : &*it;
}

std::optional<Period> PublishedKpi::latest_period() const {
    if (periods.empty()) return std::nullopt;
    return periods.back();
}

}  // namespace candour
