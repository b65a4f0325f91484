#include "disclose/internal/summarise.hpp"

#include <cmath>

#include "disclose/internal/disclosure_control.hpp"
#include "kpi/change.hpp"

namespace candour {

namespace {

std::optional<Change> compare_with(const PublishedSeries& s, const Period& latest, const Period& earlier,
                                   const Indicator& ind) {
    auto it = s.cells.find(earlier);
    if (it == s.cells.end()) return std::nullopt;
    return compare(it->second.value, s.cells.at(latest).value, earlier, ind);
}

// Published only when every period in the year is published, so the total
// can never reveal a hidden figure by subtraction.
std::optional<PublishedValue> rolling_year(const PublishedSeries& s, const Period& latest) {
    double total = 0;
    Period p = latest;
    for (int i = 0; i < latest.periods_per_year(); ++i, p = p.previous()) {
        auto it = s.cells.find(p);
        if (it == s.cells.end()) return std::nullopt;
        if (!it->second.value.has_number()) return PublishedValue::not_shown(Symbol::confidential);
        total += it->second.value.number();
    }
    return DisclosureControl::derived(total);
}

}  // namespace

std::optional<SeriesSummary> summarise(const PublishedSeries& series, const Indicator& ind) {
    if (series.cells.empty()) return std::nullopt;
    SeriesSummary sum;
    sum.latest = series.cells.rbegin()->first;
    sum.latest_cell = series.cells.rbegin()->second;
    sum.on_previous = compare_with(series, sum.latest, sum.latest.previous(), ind);
    sum.on_last_year = compare_with(series, sum.latest, sum.latest.same_period_last_year(), ind);
    if (ind.unit == Unit::count && ind.frequency != PeriodKind::financial_year) {
        sum.rolling_year = rolling_year(series, sum.latest);
    }
    return sum;
}

}  // namespace candour
