#include "disclose/internal/disclosure_control.hpp"

#include <fmt/format.h>

#include <cmath>

namespace candour {

std::string describe_rules(const DisclosureRules& rules) {
    std::string zeros = rules.suppress_zeros ? "zeros are hidden too" : "zeros are shown";
    if (rules.method == DisclosureRules::Method::round) {
        return fmt::format(
            "counts rounded to the nearest {}; percentages worked out from rounded counts; "
            "percentages, medians and scores with a base below {} shown as [c]; {}",
            rules.rounding_base, rules.min_base, zeros);
    }
    return fmt::format(
        "counts from 1 to {} shown as [c]; percentages, medians and scores with a base below {} "
        "shown as [c]; further cells hidden where a hidden one could be worked out by subtraction; {}",
        rules.min_count - 1, rules.min_base, zeros);
}

std::string describe_own_rule(const DisclosureRules& rules, const IndicatorDisclosure& own) {
    if (own.method == IndicatorDisclosure::Method::none) return "every figure shown as it is";
    if (rules.method == DisclosureRules::Method::round) return describe_rules(rules);
    std::string counts = rules.min_count <= 1 ? std::string("every count shown")
                                              : fmt::format("counts from 1 to {} shown as [c]", rules.min_count - 1);
    std::string bases =
        rules.min_base <= 0
            ? std::string("percentages, medians and scores shown whatever their base")
            : fmt::format("percentages, medians and scores with a base below {} shown as [c]", rules.min_base);
    return counts + "; " + bases;
}

bool DisclosureControl::is_small(double v) const {
    if (v == 0) return rules_.suppress_zeros;
    return v >= 1 && v < rules_.min_count;
}

double DisclosureControl::round_count(double v) const {
    double base = rules_.rounding_base;
    return std::round(v / base) * base;
}

PublishedValue DisclosureControl::rounded(double v, int decimals) const {
    double scale = std::pow(10.0, decimals);
    return PublishedValue(Symbol::none, std::round(v * scale) / scale);
}

PublishedValue DisclosureControl::count(std::optional<double> v, const char* measure,
                                        std::vector<Hidden>& hidden) const {
    if (!v) return PublishedValue::not_shown(Symbol::not_available);
    if (rounding()) {
        if (*v == 0 && rules_.suppress_zeros) {
            hidden.push_back({measure, "zero, hidden by the site's settings"});
            return confidential();
        }
        return PublishedValue(Symbol::none, round_count(*v));
    }
    if (is_small(*v)) {
        hidden.push_back({measure, *v == 0 ? "zero, hidden by the site's settings"
                                           : fmt::format("count from 1 to {}", rules_.min_count - 1)});
        return confidential();
    }
    return PublishedValue(Symbol::none, *v);
}

// A small base, a small numerator or a small remainder each let a reader
// work out a handful of people from a percentage.
PublishedValue DisclosureControl::percentage(double n, double d, const Indicator& ind,
                                             std::vector<Hidden>& hidden) const {
    if (d < rules_.min_base) {
        hidden.push_back({"value", fmt::format("base below {}", rules_.min_base)});
        return confidential();
    }
    if (rounding()) {
        double rd = round_count(d);
        return rd == 0 ? PublishedValue::not_shown(Symbol::not_applicable)
                       : rounded(100.0 * round_count(n) / rd, ind.decimals);
    }
    if (is_small(n)) {
        hidden.push_back({"value", fmt::format("numerator from 1 to {}", rules_.min_count - 1)});
        return confidential();
    }
    if (is_small(d - n) && d - n != 0) {
        hidden.push_back(
            {"value", fmt::format("remainder (denominator minus numerator) from 1 to {}", rules_.min_count - 1)});
        return confidential();
    }
    return rounded(100.0 * n / d, ind.decimals);
}

DisclosureRules own_rules(const DisclosureRules& site, const IndicatorDisclosure& own) {
    DisclosureRules rules = site;
    using M = IndicatorDisclosure::Method;
    M method = own.method.value_or(site.method == DisclosureRules::Method::round ? M::round : M::suppress);
    rules.method = method == M::round ? DisclosureRules::Method::round : DisclosureRules::Method::suppress;
    if (own.min_count) rules.min_count = *own.min_count;
    if (own.min_base) rules.min_base = *own.min_base;
    if (method == M::none) {
        rules.min_count = 0;
        rules.min_base = 0;
        rules.suppress_zeros = false;
    }
    return rules;
}

PublishedCell DisclosureControl::publish(const RawObservation& obs, const Indicator& ind,
                                         std::vector<Hidden>& hidden) const {
    if (!ind.disclosure) return publish_under_rules(obs, ind, hidden);
    // The indicator's own rule (catalogue 'disclosure:'), for this figure only.
    DisclosureRules rules = own_rules(rules_, *ind.disclosure);
    return DisclosureControl(rules).publish_under_rules(obs, ind, hidden);
}

PublishedCell DisclosureControl::publish_under_rules(const RawObservation& obs, const Indicator& ind,
                                                     std::vector<Hidden>& hidden) const {
    PublishedCell cell;
    cell.provisional = obs.status == Status::provisional;
    cell.revised = obs.status == Status::revised;
    cell.note = obs.note;
    switch (ind.unit) {
        case Unit::count:
            cell.value = count(obs.value, "value", hidden);
            break;
        case Unit::rate:  // about workload, not people: no suppression
            cell.value = obs.value ? rounded(*obs.value, ind.decimals) : PublishedValue();
            break;
        case Unit::median_days:
        case Unit::score:
            if (!obs.value) break;
            if (obs.base && *obs.base < rules_.min_base) {
                hidden.push_back({"value", fmt::format("base below {}", rules_.min_base)});
                cell.value = confidential();
            } else {
                cell.value = rounded(*obs.value, ind.decimals);
            }
            break;
        case Unit::percentage: {
            if (!obs.numerator || !obs.denominator) break;
            cell.value = percentage(*obs.numerator, *obs.denominator, ind, hidden);
            cell.numerator = count(obs.numerator, "numerator", hidden);
            cell.denominator = count(obs.denominator, "denominator", hidden);
            if (!cell.value.has_number() && cell.value.symbol() == Symbol::confidential) {
                // The count behind a hidden percentage is hidden with it; so
                // is a small base.
                if (cell.numerator.has_number()) {
                    cell.numerator = confidential();
                    hidden.push_back({"numerator", "the percentage it belongs to is hidden"});
                }
                if (*obs.denominator < rules_.min_base && cell.denominator.has_number()) {
                    cell.denominator = confidential();
                    hidden.push_back({"denominator", fmt::format("base below {}", rules_.min_base)});
                }
            }
            if (!cell.numerator.has_number() && cell.value.has_number()) {
                cell.value = confidential();  // a shown percentage would give the count back
                hidden.push_back({"value", "its numerator is hidden"});
            }
            break;
        }
    }
    return cell;
}

}  // namespace candour
