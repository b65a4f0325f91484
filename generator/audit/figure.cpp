#include "audit/figure.hpp"

namespace candour {

std::string FigureKey::id() const {
    std::string out;
    out.reserve(table.size() + period.size() + breakdown.size() + group.size() + measure.size() + 4);
    for (const std::string* part : {&table, &period, &breakdown, &group}) {
        out += *part;
        out += '\x1f';
    }
    return out += measure;
}

std::string FigureKey::label() const {
    std::string out = table + " " + (period == "all" ? std::string("all periods") : period);
    if (!breakdown.empty()) out += " " + breakdown + "=" + group;
    if (measure != "value") out += " (" + measure + ")";
    return out;
}

}  // namespace candour
