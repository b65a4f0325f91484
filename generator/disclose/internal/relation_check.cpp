#include "disclose/internal/relation_check.hpp"

#include <fmt/format.h>

#include <cmath>
#include <map>
#include <unordered_map>

namespace candour {

namespace {

// Shared figures needed before an undeclared relation is worth a warning:
// fewer agree by chance too easily.
constexpr std::size_t evidence = 4;

using Key = std::string;  // period, breakdown, group
Key key_of(const Period& p, const std::string& b, const std::string& g) {
    return p.code() + '\x1f' + b + '\x1f' + g;
}

bool same(double a, double b) {
    return std::fabs(a - b) < 1e-9;
}

std::optional<double> measure(const RawObservation& obs, const char* m) {
    if (m[0] == 'n') return obs.numerator;
    if (m[0] == 'd') return obs.denominator;
    return obs.value;
}

std::string where(const RawObservation& obs) {
    return obs.breakdown.empty() ? obs.period.code()
                                 : fmt::format("{} {}={}", obs.period.code(), obs.breakdown, obs.group);
}

std::string catalogue_line(const Catalogue& cat, const SourcePos& pos) {
    return fmt::format("{}:{}", cat.file.empty() ? "data/kpi/catalogue.yaml" : cat.file, pos.line);
}

class RelationChecker {
public:
    RelationChecker(const RawKpi& kpi, Diagnostics& diags) : kpi_(kpi), cat_(kpi.catalogue), diags_(diags) {
        for (const auto& obs : kpi.observations) {
            if (cat_.indicator(obs.indicator))
                cells_[obs.indicator][key_of(obs.period, obs.breakdown, obs.group)] = &obs;
        }
    }

    void run() {
        for (const auto& ind : cat_.indicators) {
            for (const char* m : measures(ind)) {
                for (const auto& b : ind.breakdowns) {
                    if (const Breakdown* def = cat_.breakdown(b)) breakdown_sums(ind, *def, m);
                }
                parts(ind, m);
                year_to_date(ind, m);
            }
            same_counts(ind, ind.numerator_of, "numerator");
            same_counts(ind, ind.denominator_of, "denominator");
        }
        undeclared_same_counts();
        undeclared_totals();
    }

private:
    static std::vector<const char*> measures(const Indicator& ind) {
        if (ind.unit == Unit::count) return {"value"};
        if (ind.unit == Unit::percentage) return {"numerator", "denominator"};
        return {};
    }

    const RawObservation* cell(const std::string& ind, const Period& p, const std::string& b,
                               const std::string& g) const {
        auto i = cells_.find(ind);
        if (i == cells_.end()) return nullptr;
        auto c = i->second.find(key_of(p, b, g));
        return c == i->second.end() ? nullptr : c->second;
    }

    // The sum of the figures, when every one is given.
    std::optional<double> total_of(const std::vector<const RawObservation*>& parts, const char* m) const {
        double sum = 0;
        for (const auto* p : parts) {
            if (!p || !measure(*p, m)) return std::nullopt;
            sum += *measure(*p, m);
        }
        return sum;
    }

    void disagree(const RawObservation& at, const char* m, double sum, const std::string& what,
                  const std::string& hint) {
        diags_.error(kpi_.pos(at, m[0] == 'v'   ? Column::value
                                  : m[0] == 'n' ? Column::numerator
                                                : Column::denominator),
                     fmt::format("{} {}{}: {} add up to {}, but this figure is {}", at.indicator, where(at),
                                 m[0] == 'v' ? "" : fmt::format(" ({})", m), what, sum, *measure(at, m)),
                     hint);
    }

    void breakdown_sums(const Indicator& ind, const Breakdown& b, const char* m) {
        if (!b.total_is_sum || !b.cross.empty()) return;
        for (const auto& [k, obs] : cells_[ind.id]) {
            if (!obs->breakdown.empty() || !measure(*obs, m)) continue;
            std::vector<const RawObservation*> groups;
            for (const auto& g : b.groups) groups.push_back(cell(ind.id, obs->period, b.id, g));
            auto sum = total_of(groups, m);
            if (sum && !same(*sum, *measure(*obs, m))) {
                disagree(*obs, m, *sum, fmt::format("the groups of breakdown '{}'", b.id),
                         fmt::format("correct the figures; or, if the groups overlap, mark breakdown '{}' "
                                     "'partition: false' in the catalogue",
                                     b.id));
            }
        }
    }

    void parts(const Indicator& ind, const char* m) {
        if (ind.parts.empty()) return;
        for (const auto& [k, obs] : cells_[ind.id]) {
            if (!measure(*obs, m)) continue;
            std::vector<const RawObservation*> parts;
            for (const auto& p : ind.parts) parts.push_back(cell(p, obs->period, obs->breakdown, obs->group));
            auto sum = total_of(parts, m);
            if (sum && !same(*sum, *measure(*obs, m))) {
                disagree(*obs, m, *sum, fmt::format("its parts ({})", fmt::join(ind.parts, ", ")),
                         "correct the figures, or the 'parts' list of this indicator in the catalogue");
            }
        }
    }

    void year_to_date(const Indicator& ind, const char* m) {
        const Indicator* of = cat_.indicator(ind.year_to_date_of);
        if (!of) return;
        for (const auto& [k, obs] : cells_[ind.id]) {
            if (!measure(*obs, m)) continue;
            int fy = obs->period.start_month() >= 4 ? obs->period.start_year() : obs->period.start_year() - 1;
            Period first = of->frequency == PeriodKind::month ? Period::month(fy, 4) : Period::quarter(fy, 1);
            std::vector<const RawObservation*> parts;
            for (Period p = first; p.end_iso() <= obs->period.end_iso() && parts.size() < 12; p = p.next()) {
                parts.push_back(cell(of->id, p, obs->breakdown, obs->group));
            }
            auto sum = total_of(parts, m);
            if (sum && !same(*sum, *measure(*obs, m))) {
                disagree(*obs, m, *sum, fmt::format("the figures of '{}' from April", of->id),
                         "correct the figures, or this indicator's 'year_to_date' in the catalogue");
            }
        }
    }

    void same_counts(const Indicator& ind, const std::string& of, const char* m) {
        if (of.empty()) return;
        for (const auto& [k, obs] : cells_[ind.id]) {
            const RawObservation* other = cell(of, obs->period, obs->breakdown, obs->group);
            if (!other || !other->value || !measure(*obs, m) || same(*other->value, *measure(*obs, m))) continue;
            diags_.error(
                kpi_.pos(*obs, m[0] == 'n' ? Column::numerator : Column::denominator),
                fmt::format("{} {}: the {} is {}, but the catalogue says it is the figure of '{}', which is {}",
                            obs->indicator, where(*obs), m, *measure(*obs, m), of, *other->value),
                fmt::format("correct the figures, or remove '{}: {}' from the catalogue if they are "
                            "different counts",
                            m, of));
        }
    }

    // A percentage whose numerators (or denominators) are, cell for cell,
    // some count's figures, without saying so.
    void undeclared_same_counts() {
        std::unordered_map<Key, std::vector<const RawObservation*>> counts;
        for (const auto& ind : cat_.indicators) {
            if (ind.unit != Unit::count) continue;
            for (const auto& [k, obs] : cells_[ind.id]) {
                if (obs->value) counts[k].push_back(obs);
            }
        }
        for (const auto& ind : cat_.indicators) {
            if (ind.unit != Unit::percentage) continue;
            if (ind.numerator_of.empty()) suggest_same(ind, "numerator", counts);
            if (ind.denominator_of.empty()) suggest_same(ind, "denominator", counts);
        }
    }

    void suggest_same(const Indicator& ind, const char* m,
                      const std::unordered_map<Key, std::vector<const RawObservation*>>& counts) {
        const auto& mine = cells_[ind.id];
        auto first =
            std::find_if(mine.begin(), mine.end(), [&](const auto& c) { return measure(*c.second, m).has_value(); });
        if (first == mine.end()) return;
        auto candidates = counts.find(first->first);
        if (candidates == counts.end()) return;
        for (const RawObservation* c : candidates->second) {
            if (!same(*c->value, *measure(*first->second, m))) continue;
            std::size_t shared = 0;
            bool all = true;
            for (const auto& [k, obs] : mine) {
                const RawObservation* other = cell(c->indicator, obs->period, obs->breakdown, obs->group);
                if (!other || !other->value || !measure(*obs, m)) continue;
                ++shared;
                all = all && same(*other->value, *measure(*obs, m));
            }
            if (!all || shared < evidence) continue;
            diags_.warning(ind.pos,
                           fmt::format("the {}s of '{}' equal the figures of '{}' in all {} cells they share", m,
                                       ind.id, c->indicator, shared),
                           fmt::format("if they are the same counts, add '{}: {}' to indicator '{}' ({}), so they are "
                                       "hidden together; a reader can match them as the build did",
                                       m, c->indicator, ind.id, catalogue_line(cat_, ind.pos)));
            return;
        }
    }

    // Overlapping groups whose overall figure is, period after period, their sum.
    void undeclared_totals() {
        for (const auto& ind : cat_.indicators) {
            for (const auto& b : ind.breakdowns) {
                const Breakdown* def = cat_.breakdown(b);
                if (!def || def->total_is_sum || !def->cross.empty()) continue;
                std::size_t checked = 0;
                bool all = true;
                auto ms = measures(ind);
                for (const char* m : ms) {
                    for (const auto& [k, obs] : cells_[ind.id]) {
                        if (!obs->breakdown.empty() || !measure(*obs, m)) continue;
                        std::vector<const RawObservation*> groups;
                        for (const auto& g : def->groups) groups.push_back(cell(ind.id, obs->period, b, g));
                        auto sum = total_of(groups, m);
                        if (!sum) continue;
                        ++checked;
                        all = all && same(*sum, *measure(*obs, m));
                    }
                }
                std::size_t periods = ms.empty() ? 0 : checked / ms.size();
                if (!all || periods < 2) continue;
                diags_.warning(
                    def->pos,
                    fmt::format("the groups of breakdown '{}' add up to the overall figure of '{}' in all {} "
                                "periods",
                                b, ind.id, periods),
                    fmt::format("if the overall figure is their sum, add 'total: sum' to breakdown '{}' "
                                "({}): a reader can subtract the groups shown from it",
                                b, catalogue_line(cat_, def->pos)));
            }
        }
    }

    const RawKpi& kpi_;
    const Catalogue& cat_;
    Diagnostics& diags_;
    std::map<std::string, std::map<Key, const RawObservation*>> cells_;
};

}  // namespace

void check_relations(const RawKpi& kpi, Diagnostics& diags) {
    if (kpi.present) RelationChecker(kpi, diags).run();
}

}  // namespace candour
