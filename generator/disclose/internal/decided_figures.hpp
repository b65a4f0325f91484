#pragma once
// Every figure disclosure control decides on, in one list across the KPI
// tables and the interview ratings: the cell it is, where its published
// value lives, the true number behind it, and what else hides with it.
#include <vector>

#include "audit/figure.hpp"
#include "diagnostics/diagnostic.hpp"
#include "disclose/internal/guard.hpp"
#include "kpi/published.hpp"

namespace candour {

struct DecidedFigure {
    CellId cell;
    PublishedValue* value = nullptr;  // the decision, written where the page and downloads read it
    long companion = -1;              // a numerator's or denominator's percentage (its index), hidden with it
    double raw = 0;
    std::uint8_t decimals = 0;  // a percentage's, as published
    long observation = -1;      // the KPI row it came from, or -1 (then `pos`)
    SourcePos pos;
    // Not the figure the last release showed for this cell (computed, per
    // figure: a percentage's row is revised if any of its figures is).
    bool revised = false;
    bool derived = false;          // a percentage, worked out from its numerator and denominator (raw is 0)
    PublishedCell* row = nullptr;  // a KPI figure's cell, whose status says whether it is revised
};

class DecidedFigures {
public:
    FigureNames& names() { return names_; }
    const FigureNames& names() const { return names_; }
    // Its index, which is also its index in as_published().
    std::size_t add(DecidedFigure f);
    std::vector<DecidedFigure>& all() { return figures_; }
    const std::vector<DecidedFigure>& all() const { return figures_; }

    // Figures of the releases still online, as they were published: fixed,
    // never decided again. They come after the decided ones in as_published().
    void add_released(const PublishedFigures& released);
    const std::vector<Figure>& released() const { return released_; }

    // The figures exactly as a reader would see them now, then those of the
    // releases still online.
    PublishedFigures as_published() const;

private:
    FigureNames names_;
    std::vector<DecidedFigure> figures_;
    std::vector<Figure> released_;
};

}  // namespace candour
