#pragma once
// One figure as a reader finds it in the published site: which cell it is,
// and the number or symbol shown. This is the attacker's raw material, read
// back from the published downloads, never from the data behind them.
#include <optional>
#include <string>

#include "diagnostics/diagnostic.hpp"

namespace candour {

// Which cell: the indicator (or "survey/<theme>"), period code (or "all"),
// breakdown and group ("" for the overall figure), and the measure: "value",
// "numerator" or "denominator".
struct FigureKey {
    std::string table;
    std::string period;
    std::string breakdown;
    std::string group;
    std::string measure = "value";

    // One string naming the cell, for lookups.
    std::string id() const;
    // "charges 2024-25 Q1 sex=Male (numerator)", for messages.
    std::string label() const;
};

struct Figure {
    FigureKey key;
    std::optional<double> number;  // nothing when a symbol is shown
    std::string symbol;            // "[c]", "[x]" or "[z]" when no number is shown
    int decimals = 0;              // digits after the decimal point as published
    SourcePos where;               // where it is published (a download's file:line:col)

    bool hidden() const { return !number && symbol == "[c]"; }
};

}  // namespace candour
