#pragma once
// Secondary suppression: where figures add up to a total (the groups of a
// breakdown to the overall figure, or indicators the catalogue says add up
// to another), a hidden figure must not be recoverable by subtraction.
//
// Each such sum is a constraint: total = part 1 + part 2 + ... A constraint
// with exactly one unknown figure gives that figure away, so further figures
// are hidden, smallest first, until no constraint has exactly one unknown.
// Figures that were never published (an overall row missing from the data,
// a value not available) count as unknown, which makes a total that is only
// derivable from another breakdown safe too.
#include "disclose/internal/guard.hpp"

#include <string>
#include <vector>

#include "kpi/published.hpp"

namespace candour {

enum class Measure { value, numerator, denominator };

struct Slot {
    PublishedCell* cell = nullptr;  // null: a figure that was never given
    Measure measure = Measure::value;
    double raw = 0;                 // for choosing the smallest; never published
    std::string label;              // "charges 2024-25 Q2 sex=Male", for the log
    // Identity, for the disclosure report.
    std::string indicator;
    Period period = Period::quarter(2000, 1);
    std::string breakdown, group;
};

struct Constraint {
    Slot total;
    std::vector<Slot> parts;
    std::string what;  // "breakdown sex", "sum of indicators a, b", for reasons
};

struct SecondaryHide {
    const Slot* slot;
    std::string reason;
};

// Hides figures until every constraint is safe; returns what it hid.
std::vector<SecondaryHide> protect(std::vector<Constraint>& constraints);

bool is_unknown(const Slot& slot);

}  // namespace candour
