#include "disclose/internal/hidden_figures.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "accountability/accountability.hpp"
#include "disclose/written_numbers.hpp"
#include "kpi/published_survey.hpp"

namespace candour {

namespace {

void add_phrase(Clause& clause, const std::string& text) {
    Phrase p = phrase_words(text);
    if (!p.empty() && std::find(clause.begin(), clause.end(), p) == clause.end()) clause.push_back(std::move(p));
}

// The indicator's title, its id as words ("charge-rate": charge rate) and
// the catalogue's synonyms.
Clause indicator_words(const Indicator& ind) {
    Clause c;
    add_phrase(c, ind.title);
    std::string id = ind.id;
    std::replace(id.begin(), id.end(), '-', ' ');
    std::replace(id.begin(), id.end(), '_', ' ');
    add_phrase(c, id);
    for (const auto& s : ind.synonyms) add_phrase(c, s);
    return c;
}

Clause group_words(const Breakdown* b, const std::string& group) {
    Clause c;
    add_phrase(c, group);
    if (b) {
        auto it = b->group_synonyms.find(group);
        if (it != b->group_synonyms.end()) {
            for (const auto& s : it->second) add_phrase(c, s);
        }
    }
    return c;
}

std::string embed_group(std::string group) {
    std::replace(group.begin(), group.end(), ' ', '_');
    return group;
}

// The ratings as a reader might write them, besides the table's own words.
Clause rating_words(const std::string& rating) {
    Clause c;
    for (const auto& r : survey_ratings) {
        if (rating == r.id) add_phrase(c, r.label);
    }
    if (rating == "good") {
        for (const char* s : {"very good", "rated good", "rated it good", "rated them good", "good rating"})
            add_phrase(c, s);
    } else if (rating == "poor") {
        for (const char* s : {"very poor", "rated poor", "rated it poor", "rated them poor", "poor rating"})
            add_phrase(c, s);
    } else if (rating == "neither") {
        add_phrase(c, "neutral");
    }
    return c;
}

}  // namespace

void HiddenFigures::add_kpi(const Catalogue& cat, const Indicator& ind, const Period& period,
                            const std::string& breakdown, const std::string& group, const std::string& measure,
                            HiddenFigure::Kind kind, double value) {
    HiddenFigure f;
    f.indicator = ind.id;
    f.name = ind.title;
    f.period = period;
    f.breakdown = breakdown;
    f.measure = measure;
    f.kind = kind;
    f.value = value;
    f.small = kind == HiddenFigure::Kind::count && value >= 1 && value < min_count;
    f.namings.push_back({indicator_words(ind)});
    const Breakdown* b = breakdown.empty() ? nullptr : cat.breakdown(breakdown);
    if (!breakdown.empty()) {
        f.group_label = fmt::format("{}: {}", b ? b->title : breakdown, group);
        Naming by_group;
        if (b && b->cross.size() == 2) {
            // "Female / Under 18": both halves named.
            auto sep = group.find(cross_separator);
            if (sep != std::string::npos) {
                by_group.push_back(group_words(cat.breakdown(b->cross[0]), group.substr(0, sep)));
                by_group.push_back(
                    group_words(cat.breakdown(b->cross[1]), group.substr(sep + std::string(cross_separator).size())));
            }
        }
        if (by_group.empty()) by_group.push_back(group_words(b, group));
        f.namings.push_back(std::move(by_group));
        std::string id = breakdown;
        std::replace(id.begin(), id.end(), '-', ' ');
        add_phrase(f.breakdown_words, id);
        if (b) add_phrase(f.breakdown_words, b->title);
    }
    if (measure == "value") {
        f.embed = fmt::format("`kpi {} {}{}`", ind.id, period.code(),
                              breakdown.empty() ? "" : " " + breakdown + "=" + embed_group(group));
    }
    figures.push_back(std::move(f));
}

void HiddenFigures::add_survey(const std::string& theme, const Period& period, bool cumulative,
                               const std::string& rating, double value, const std::string& group) {
    HiddenFigure f;
    const Theme* t = find_theme(theme);
    std::string title = t ? t->title : theme;
    f.name = "interview ratings, " + title + (group.empty() ? "" : ", " + group);
    f.period = period;
    f.cumulative = cumulative;
    f.breakdown = rating.empty() ? "" : "rating";
    for (const auto& r : survey_ratings) {
        if (rating == r.id) f.group_label = fmt::format("rating: {}", r.label);
    }
    f.measure = "value";
    f.kind = HiddenFigure::Kind::count;
    f.value = value;
    f.small = value >= 1 && value < min_count;
    // A theme's name is an everyday word ("safety", "respect"): it names
    // the ratings only beside a word about the interviews.
    Clause themes;
    add_phrase(themes, title);
    add_phrase(themes, theme);
    Clause interviews;
    for (const char* s : {"rated", "rating", "interview", "interviewed", "survey", "surveyed", "said", "told"}) {
        add_phrase(interviews, s);
    }
    f.namings.push_back({themes, interviews});
    if (!rating.empty()) f.namings.push_back({rating_words(rating)});
    figures.push_back(std::move(f));
}

void HiddenFigures::finish() {
    std::set<Period> all;
    std::set<Phrase> numbered;
    for (const auto& f : figures) {
        all.insert(f.period);
        for (const auto& naming : f.namings) {
            for (const auto& clause : naming) {
                for (const auto& phrase : clause) {
                    bool digit = std::any_of(phrase.begin(), phrase.end(), [](const std::string& w) {
                        return !w.empty() && w[0] >= '0' && w[0] <= '9';
                    });
                    if (digit) numbered.insert(phrase);
                }
            }
        }
    }
    periods.assign(all.begin(), all.end());
    numbered_phrases.assign(numbered.begin(), numbered.end());
}

}  // namespace candour
