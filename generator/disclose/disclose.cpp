#include "disclose/disclose.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "disclose/disclosure_control.hpp"
#include "disclose/summarise.hpp"

namespace candour {

namespace {

// Series of one indicator in display order: overall first, then each
// breakdown in catalogue order with its groups in catalogue order.
std::vector<PublishedSeries> ordered_series(const Indicator& ind, const Catalogue& cat,
                                            std::map<std::pair<std::string, std::string>, PublishedSeries>& by_key) {
    std::vector<PublishedSeries> out;
    auto take = [&](const std::string& b, const std::string& g) {
        auto it = by_key.find({b, g});
        if (it != by_key.end()) out.push_back(std::move(it->second));
    };
    take("", "");
    for (const auto& b : ind.breakdowns) {
        if (const Breakdown* def = cat.breakdown(b)) {
            for (const auto& g : def->groups) take(b, g);
        }
    }
    return out;
}

void protect_breakdowns(PublishedIndicator& ind) {
    if (ind.def.unit != Unit::count) return;
    const PublishedSeries* total = ind.total();
    for (const auto& b : ind.def.breakdowns) {
        for (const auto& period : ind.periods) {
            std::vector<PublishedCell*> cells;
            for (auto& s : ind.series) {
                if (s.breakdown != b) continue;
                auto it = s.cells.find(period);
                if (it != s.cells.end()) cells.push_back(&it->second);
            }
            const PublishedCell* total_cell = nullptr;
            if (total) {
                auto it = total->cells.find(period);
                if (it != total->cells.end()) total_cell = &it->second;
            }
            DisclosureControl::protect_breakdown(cells, total_cell);
        }
    }
}

}  // namespace

PublishedKpi disclose(const RawKpi& raw, const DisclosureRules& rules) {
    PublishedKpi out;
    out.present = raw.present;
    out.catalogue = raw.catalogue;
    DisclosureControl control(rules);
    std::map<std::string, std::map<std::pair<std::string, std::string>, PublishedSeries>> by_indicator;
    std::set<Period> all_periods;
    for (const auto& obs : raw.observations) {
        const Indicator* ind = raw.catalogue.indicator(obs.indicator);
        if (!ind) continue;
        auto& series = by_indicator[obs.indicator][{obs.breakdown, obs.group}];
        series.breakdown = obs.breakdown;
        series.group = obs.group;
        series.cells[obs.period] = control.publish(obs, *ind);
        all_periods.insert(obs.period);
    }
    for (const auto& def : raw.catalogue.indicators) {
        PublishedIndicator ind;
        ind.def = def;
        ind.series = ordered_series(def, raw.catalogue, by_indicator[def.id]);
        std::set<Period> periods;
        for (const auto& s : ind.series) {
            for (const auto& [p, _] : s.cells) periods.insert(p);
        }
        ind.periods.assign(periods.begin(), periods.end());
        protect_breakdowns(ind);
        if (const PublishedSeries* total = ind.total()) ind.summary = summarise(*total, def);
        out.indicators.push_back(std::move(ind));
    }
    out.periods.assign(all_periods.begin(), all_periods.end());
    return out;
}

}  // namespace candour
