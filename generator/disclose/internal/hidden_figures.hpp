#pragma once
// The figures disclosure control hid, with their true values and the words
// that name each, for the typed-figure check (disclose/typed_figures.hpp).
// Private to the disclose library like every raw value: the check holds them
// behind a pointer no later stage can follow.
#include <memory>
#include <string>
#include <vector>

#include "disclose/internal/guard.hpp"
#include "disclose/typed_figures.hpp"
#include "kpi/catalogue.hpp"
#include "kpi/period.hpp"

namespace candour {

// Words that name something: a phrase is a list of lower-case words; a
// clause is met when any one of its phrases is in the sentence; a naming
// when every one of its clauses is.
using Phrase = std::vector<std::string>;
using Clause = std::vector<Phrase>;
using Naming = std::vector<Clause>;

struct HiddenFigure {
    enum class Kind { count, percentage, days, other };
    std::string indicator;  // the catalogue id, or "" for the interview ratings
    std::string name;       // how a message names it: the indicator's title or the theme
    Period period = Period::quarter(2000, 1);
    bool cumulative = false;  // the interview ratings of every period together (`period`: the last)
    std::string breakdown;    // the catalogue id; "" for the overall figure
    std::string group_label;  // "sex of the victim: Male", "rating: Poor or very poor"
    std::string embed;        // the inline kpi embed that shows it as [c], or ""
    std::string measure;      // "value", "numerator" or "denominator"
    Kind kind = Kind::count;
    double value = 0;
    bool small = false;  // a count from 1 to below the site's minimum
    // The sentence names the figure when it meets any of these: the
    // indicator's words, or the group's.
    std::vector<Naming> namings;
    // The breakdown's words ("ethnicity"): never a name on their own, they
    // tell apart two figures a sentence names alike ("not recorded").
    Clause breakdown_words;
};

struct HiddenFigures {
    std::vector<HiddenFigure> figures;
    int min_count = 5;
    std::vector<Period> periods;  // every period with a hidden figure, oldest first
    // Phrases with a digit in them ("60 and over", "under 18"): a number
    // inside one is part of a name, not a figure.
    std::vector<Phrase> numbered_phrases;

    // Indicator and group words from the catalogue (title, id, synonyms).
    void add_kpi(const Catalogue& cat, const Indicator& ind, const Period& period, const std::string& breakdown,
                 const std::string& group, const std::string& measure, HiddenFigure::Kind kind, double value);
    // One count of the interview ratings; `rating` is its id ("good"), or ""
    // for everyone who rated the theme; `group` a breakdown's group, or "".
    void add_survey(const std::string& theme, const Period& period, bool cumulative, const std::string& rating,
                    double value, const std::string& group = "");
    // Sorts the periods and gathers the numbered phrases; call once, after the last add.
    void finish();
};

// The check that holds them (typed_figures.cpp).
TypedFigureCheck make_typed_figure_check(std::shared_ptr<const HiddenFigures> figures);

}  // namespace candour
