#pragma once
// Primary disclosure control: turns one raw observation into a published
// cell under the rules, and says why each figure it hides was hidden.
#include <string>
#include <vector>

#include "disclose/internal/guard.hpp"
#include "disclose/internal/raw_kpi.hpp"
#include "kpi/published.hpp"
#include "load/site_config.hpp"

namespace candour {

class DisclosureControl {
public:
    explicit DisclosureControl(const DisclosureRules& rules) : rules_(rules) {}

    struct Hidden {
        std::string measure;
        std::string reason;
    };

    // The published cell, and the figures it hides with their reasons.
    PublishedCell publish(const RawObservation& obs, const Indicator& ind, std::vector<Hidden>& hidden) const;

    // A figure the disclose stage worked out from published figures only.
    static PublishedValue derived(double value) { return PublishedValue(Symbol::none, value); }
    static PublishedValue confidential() { return PublishedValue::not_shown(Symbol::confidential); }

private:
    PublishedCell publish_under_rules(const RawObservation& obs, const Indicator& ind,
                                      std::vector<Hidden>& hidden) const;
    PublishedValue count(std::optional<double> v, const char* measure, std::vector<Hidden>& hidden) const;
    PublishedValue percentage(double n, double d, const Indicator& ind, std::vector<Hidden>& hidden) const;
    PublishedValue rounded(double v, int decimals) const;
    bool is_small(double v) const;
    double round_count(double v) const;
    bool rounding() const { return rules_.method == DisclosureRules::Method::round; }

    const DisclosureRules& rules_;
};

std::string describe_rules(const DisclosureRules& rules);
// The site's rules with an indicator's own (catalogue 'disclosure:') laid over them.
DisclosureRules own_rules(const DisclosureRules& site, const IndicatorDisclosure& own);
// An indicator's own rule in words, for the disclosure report.
std::string describe_own_rule(const DisclosureRules& rules, const IndicatorDisclosure& own);

}  // namespace candour
