#pragma once
// Figures as they may be published: each cell is a number that passed
// disclosure control, or a symbol saying why there is none. Only the
// disclose stage can put a number in a PublishedValue.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kpi/catalogue.hpp"
#include "kpi/period.hpp"

namespace candour {

// The UK government's symbols for values not shown.
enum class Symbol { none, confidential, not_available, not_applicable };

std::string symbol_text(Symbol s);  // "[c]", "[x]", "[z]"

class PublishedValue {
public:
    static PublishedValue not_shown(Symbol symbol) { return PublishedValue(symbol, 0); }
    PublishedValue() : PublishedValue(Symbol::not_available, 0) {}

    bool has_number() const { return symbol_ == Symbol::none; }
    double number() const { return number_; }  // 0 unless has_number()
    Symbol symbol() const { return symbol_; }

private:
    friend class DisclosureControl;  // generator/disclose: the only place numbers come from
    PublishedValue(Symbol symbol, double number) : symbol_(symbol), number_(number) {}
    Symbol symbol_;
    double number_;
};

struct PublishedCell {
    PublishedValue value;
    PublishedValue numerator;    // percentages only
    PublishedValue denominator;  // percentages only
    bool provisional = false;
    bool revised = false;
    std::string note;
};

struct PublishedSeries {
    std::string breakdown;  // "" for the overall figure
    std::string group;
    std::map<Period, PublishedCell> cells;
};

// A change between two published figures, said in words as well as numbers.
struct Change {
    Period from = Period::quarter(2000, 1);
    std::optional<double> absolute;  // nothing when either figure is not shown
    std::optional<double> relative;  // per cent of the earlier figure
    std::string direction;           // "rose", "fell", "no change", or "" when not shown
    std::string judgement;           // "improved", "worsened", "no change", "changed", or ""
};

struct SeriesSummary {
    Period latest = Period::quarter(2000, 1);
    PublishedCell latest_cell;
    std::optional<Change> on_previous;
    std::optional<Change> on_last_year;
    std::optional<PublishedValue> rolling_year;  // counts: total of the last twelve months
};

struct PublishedIndicator {
    Indicator def;
    std::vector<PublishedSeries> series;  // the overall figure first, then breakdowns in catalogue order
    std::vector<Period> periods;          // every period with a figure, oldest first
    std::optional<SeriesSummary> summary;  // of the overall figure

    const PublishedSeries* total() const;
    std::vector<const PublishedSeries*> breakdown(const std::string& id) const;
    const PublishedCell* cell(const std::string& breakdown, const std::string& group, const Period& p) const;
};

struct PublishedSurvey;  // kpi/published_survey.hpp

struct PublishedKpi {
    Catalogue catalogue;
    std::vector<PublishedIndicator> indicators;  // catalogue order
    std::vector<Period> periods;                 // every period in the data, oldest first
    bool present = false;
    // False when the KPI files had errors, so some figures are missing: a
    // page asking for one is then not reported again, as the cause was.
    bool complete = true;
    std::shared_ptr<const PublishedSurvey> survey;  // victim interview ratings, when the site has them
    // Where each hidden figure comes from in the site's data (by FigureKey
    // id), so a later check can point at it. Positions only, never values.
    std::map<std::string, SourcePos> hidden_sources;

    const PublishedIndicator* indicator(const std::string& id) const;
    std::optional<Period> latest_period() const;
};

}  // namespace candour
