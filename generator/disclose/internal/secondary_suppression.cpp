#include "disclose/internal/secondary_suppression.hpp"

#include <fmt/format.h>

#include "disclose/internal/disclosure_control.hpp"

namespace candour {

namespace {

PublishedValue& measure_of(PublishedCell& cell, Measure m) {
    switch (m) {
        case Measure::numerator: return cell.numerator;
        case Measure::denominator: return cell.denominator;
        case Measure::value: break;
    }
    return cell.value;
}

// Hiding a count behind a percentage hides the percentage too: with the
// other count it would give the hidden one back.
void hide(Slot& slot) {
    measure_of(*slot.cell, slot.measure) = DisclosureControl::confidential();
    if (slot.measure != Measure::value) slot.cell->value = DisclosureControl::confidential();
}

int unknowns(const Constraint& c) {
    int n = is_unknown(c.total) ? 1 : 0;
    for (const auto& p : c.parts) n += is_unknown(p) ? 1 : 0;
    return n;
}

// The smallest figure still shown, preferring a non-zero one: hiding a zero
// protects little when every reader can see it must be small.
Slot* smallest_shown(Constraint& c) {
    Slot* best = nullptr;
    for (auto& p : c.parts) {
        if (is_unknown(p)) continue;
        bool better = !best || (best->raw == 0 && p.raw != 0) || ((p.raw == 0) == (best->raw == 0) && p.raw < best->raw);
        if (better) best = &p;
    }
    if (!best && !is_unknown(c.total)) best = &c.total;
    return best;
}

std::string unknown_label(const Constraint& c) {
    if (is_unknown(c.total)) return c.total.label;
    for (const auto& p : c.parts) {
        if (is_unknown(p)) return p.label;
    }
    return "";
}

}  // namespace

bool is_unknown(const Slot& slot) {
    if (!slot.cell) return true;
    PublishedCell& cell = *slot.cell;
    return !measure_of(cell, slot.measure).has_number();
}

std::vector<SecondaryHide> protect(std::vector<Constraint>& constraints) {
    std::vector<SecondaryHide> hidden;
    for (bool changed = true; changed;) {
        changed = false;
        for (auto& c : constraints) {
            if (unknowns(c) != 1) continue;
            Slot* slot = smallest_shown(c);
            if (!slot) continue;
            std::string reason = fmt::format("otherwise {} could be worked out from {}", unknown_label(c), c.what);
            hide(*slot);
            hidden.push_back({slot, reason});
            changed = true;
        }
    }
    return hidden;
}

}  // namespace candour
