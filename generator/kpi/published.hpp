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
    // Not what the last release still online showed: worked out by comparing
    // with the releases (releases/), never typed.
    bool revised = false;
    std::optional<PublishedValue> previous;  // the value that release showed, when revised
    std::string previous_release;            // that release's period, "2024-25 Q1"
    std::string note;
};

// A figure shown differently by two editions: a release still online and a
// later one, or the figures as they are now ("" for revised_release).
struct Revision {
    std::string indicator;
    Period period = Period::quarter(2000, 1);
    std::string breakdown, group;
    PublishedValue previous;       // as the earlier release showed it ([c] if it hid it)
    PublishedValue revised;        // as the later edition shows it
    std::string previous_release;  // "2024-25 Q1"
    std::string revised_release;   // "2024-25 Q2", or "" for the figures as they are now
    std::string reason;            // from data/kpi/revisions.yaml, or ""
};

struct PublishedSeries {
    std::string breakdown;  // "" for the overall figure
    std::string group;
    // The group as the data names it, when `group` is its name in another
    // language (kpi/published_in_language.hpp); pages still name it so.
    std::string data_group;
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
    std::vector<PublishedSeries> series;   // the overall figure first, then breakdowns in catalogue order
    std::vector<Period> periods;           // every period with a figure, oldest first
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
    // Every revision since the oldest release still online, in catalogue order.
    std::vector<Revision> revisions;
    // Releases still online, oldest first, with the files each froze (for
    // data/disclosure.json, so a reader's audit sets them side by side too).
    std::vector<std::pair<std::string, std::vector<std::string>>> editions;
    // `candour release` only: a fingerprint of each hidden figure's true
    // value by cell key (release_manifest.hpp), so the next build can tell
    // whether it has been revised. Never published.
    std::map<std::string, std::string> hidden_fingerprints;

    const PublishedIndicator* indicator(const std::string& id) const;
    std::optional<Period> latest_period() const;
};

}  // namespace candour
