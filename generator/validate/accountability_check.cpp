#include "validate/accountability_check.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "diagnostics/suggest.hpp"

namespace candour {

void check_accountability(const Accountability& a, const Catalogue* catalogue, Diagnostics& diags) {
    std::vector<std::string> ids;
    if (catalogue) {
        for (const auto& ind : catalogue->indicators) ids.push_back(ind.id);
    }
    for (const auto& round : a.rounds) {
        for (const auto& f : round.findings) {
            for (std::size_t i = 0; i < f.indicators.size(); ++i) {
                if (std::find(ids.begin(), ids.end(), f.indicators[i]) != ids.end()) continue;
                if (catalogue && catalogue->may_define(f.indicators[i])) continue;  // reported in the catalogue
                diags.error(f.indicator_pos[i], fmt::format("no indicator called '{}' in the KPI catalogue", f.indicators[i]),
                            did_you_mean(f.indicators[i], ids, "use an id from data/kpi/catalogue.yaml"));
            }
        }
    }
}

}  // namespace candour
