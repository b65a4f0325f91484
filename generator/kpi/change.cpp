#include "kpi/change.hpp"

#include <cmath>

namespace candour {

Change compare(const PublishedValue& earlier, const PublishedValue& later, const Period& from, const Indicator& ind) {
    Change c;
    c.from = from;
    if (!earlier.has_number() || !later.has_number()) return c;
    double diff = later.number() - earlier.number();
    // Differences smaller than the figures' own precision are no change.
    double precision = 0.5 * std::pow(10.0, -ind.decimals);
    if (std::fabs(diff) < precision) diff = 0;
    double scale = std::pow(10.0, ind.decimals);
    c.absolute = std::round(diff * scale) / scale;
    if (earlier.number() != 0) c.relative = std::round(1000.0 * diff / earlier.number()) / 10.0;
    if (diff == 0) {
        c.direction = "no change";
        c.judgement = "no change";
        return c;
    }
    c.direction = diff > 0 ? "rose" : "fell";
    bool better = (diff > 0) == (ind.polarity == Polarity::higher_is_better);
    c.judgement = ind.polarity == Polarity::neutral ? "changed" : (better ? "improved" : "worsened");
    return c;
}

}  // namespace candour
