#include "disclose/disclosure_control.hpp"

#include <algorithm>
#include <cmath>

namespace candour {

namespace {

PublishedValue hidden() { return PublishedValue::not_shown(Symbol::confidential); }

bool is_small(double v, int min_count) { return v >= 1 && v < min_count; }

}  // namespace

PublishedValue DisclosureControl::rounded(double v, int decimals) const {
    double scale = std::pow(10.0, decimals);
    return PublishedValue(Symbol::none, std::round(v * scale) / scale);
}

PublishedValue DisclosureControl::count(std::optional<double> v) const {
    if (!v) return PublishedValue::not_shown(Symbol::not_available);
    if (is_small(*v, rules_.min_count)) return hidden();
    return PublishedValue(Symbol::none, *v);
}

PublishedCell DisclosureControl::publish(const RawObservation& obs, const Indicator& ind) const {
    PublishedCell cell;
    cell.provisional = obs.status == Status::provisional;
    cell.revised = obs.status == Status::revised;
    cell.note = obs.note;
    switch (ind.unit) {
        case Unit::count:
            cell.value = count(obs.value);
            break;
        case Unit::rate:  // about workload, not people: no suppression
            cell.value = obs.value ? rounded(*obs.value, ind.decimals) : PublishedValue();
            break;
        case Unit::median_days:
        case Unit::score:
            if (!obs.value) break;
            cell.value = obs.base && *obs.base < rules_.min_base ? hidden() : rounded(*obs.value, ind.decimals);
            break;
        case Unit::percentage: {
            if (!obs.numerator || !obs.denominator) break;
            double n = *obs.numerator, d = *obs.denominator;
            cell.numerator = count(n);
            cell.denominator = count(d);
            // A small base, a small numerator or a small remainder each let a
            // reader work out a handful of people from the percentage.
            bool unsafe = d < rules_.min_base || is_small(n, rules_.min_count) || is_small(d - n, rules_.min_count);
            if (unsafe) {
                cell.value = hidden();
                cell.numerator = hidden();
                if (d < rules_.min_base) cell.denominator = hidden();
            } else if (d == 0) {
                cell.value = PublishedValue::not_shown(Symbol::not_applicable);
            } else {
                cell.value = rounded(100.0 * n / d, ind.decimals);
            }
            break;
        }
    }
    return cell;
}

void DisclosureControl::protect_breakdown(std::vector<PublishedCell*>& cells, const PublishedCell* total) {
    if (!total || !total->value.has_number()) return;
    auto hidden_count = std::count_if(cells.begin(), cells.end(),
                                      [](const PublishedCell* c) { return c->value.symbol() == Symbol::confidential; });
    if (hidden_count != 1) return;
    PublishedCell* smallest = nullptr;
    for (PublishedCell* c : cells) {
        if (!c->value.has_number() || c->value.number() == 0) continue;
        if (!smallest || c->value.number() < smallest->value.number()) smallest = c;
    }
    if (smallest) smallest->value = hidden();
}

}  // namespace candour
