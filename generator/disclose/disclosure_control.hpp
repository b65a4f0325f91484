#pragma once
// Turns one raw observation into a published cell under the rules, and
// suppresses further cells so a hidden one cannot be found by subtraction.
#include <vector>

#include "disclose/disclose.hpp"

namespace candour {

class DisclosureControl {
public:
    DisclosureControl(const DisclosureRules& rules) : rules_(rules) {}

    PublishedCell publish(const RawObservation& obs, const Indicator& ind) const;

    // Within one breakdown of one period: if exactly one cell is hidden and
    // the total is shown, hide the next smallest too (counts only).
    static void protect_breakdown(std::vector<PublishedCell*>& cells, const PublishedCell* total);

    // A figure the disclose stage worked out from published figures only.
    static PublishedValue derived(double value) { return PublishedValue(Symbol::none, value); }

private:
    PublishedValue count(std::optional<double> v) const;
    PublishedValue rounded(double v, int decimals) const;
    const DisclosureRules& rules_;
};

}  // namespace candour
