#pragma once
// Every figure disclosure control decides on, in one list across the KPI
// tables and the interview ratings: the cell it is, where its published
// value lives, the true number behind it, and what else hides with it.
#include "disclose/internal/guard.hpp"

#include <string>
#include <unordered_map>
#include <vector>

#include "audit/figure.hpp"
#include "disclose/disclosure_log.hpp"
#include "kpi/published.hpp"

namespace candour {

struct DecidedFigure {
    FigureKey key;
    PublishedValue* value = nullptr;      // the decision, written where the page and downloads read it
    PublishedValue* companion = nullptr;  // a numerator's or denominator's percentage, hidden with it
    std::string companion_key;            // the percentage's key id
    double raw = 0;
    int decimals = 0;        // a percentage's, as published
    long observation = -1;   // the KPI row it came from, or -1 (then `pos`)
    SourcePos pos;
    Suppression what;        // how the disclosure report names it
};

class DecidedFigures {
public:
    void add(DecidedFigure f);
    DecidedFigure* find(const std::string& key_id);
    std::vector<DecidedFigure>& all() { return figures_; }
    const std::vector<DecidedFigure>& all() const { return figures_; }

    // The figures exactly as a reader would see them now.
    std::vector<Figure> as_published() const;

private:
    std::vector<DecidedFigure> figures_;
    std::unordered_map<std::string, std::size_t> by_key_;
};

}  // namespace candour
