#include "disclose/internal/discloser.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "disclose/internal/disclosure_control.hpp"
#include "disclose/internal/secondary_suppression.hpp"
#include "disclose/internal/summarise.hpp"

namespace candour {

namespace {

using SeriesKey = std::pair<std::string, std::string>;  // breakdown, group

// While disclosing: each series with the raw rows behind its cells.
struct Working {
    std::map<SeriesKey, PublishedSeries> series;
    std::map<SeriesKey, std::map<Period, const RawObservation*>> raw;
};

const char* measure_name(Measure m) {
    switch (m) {
        case Measure::numerator: return "numerator";
        case Measure::denominator: return "denominator";
        case Measure::value: break;
    }
    return "value";
}

std::string label_of(const std::string& ind, const Period& p, const std::string& b, const std::string& g, Measure m) {
    std::string where = b.empty() ? "" : " " + b + "=" + g;
    std::string what = m == Measure::value ? "" : std::string(" (") + measure_name(m) + ")";
    return fmt::format("{} {}{}{}", ind, p.code(), where, what);
}

class Discloser {
public:
    Discloser(const RawKpi& raw, const DisclosureRules& rules, DisclosureLog* log)
        : raw_(raw), rules_(rules), control_(rules), log_(log) {}

    PublishedKpi run() {
        publish_cells();
        if (rules_.method == DisclosureRules::Method::suppress) protect_sums();
        return assemble();
    }

private:
    void publish_cells() {
        for (const auto& obs : raw_.observations) {
            const Indicator* ind = raw_.catalogue.indicator(obs.indicator);
            if (!ind) continue;
            Working& w = working_[obs.indicator];
            SeriesKey key{obs.breakdown, obs.group};
            auto& series = w.series[key];
            series.breakdown = obs.breakdown;
            series.group = obs.group;
            std::vector<DisclosureControl::Hidden> hidden;
            series.cells[obs.period] = control_.publish(obs, *ind, hidden);
            w.raw[key][obs.period] = &obs;
            for (const auto& h : hidden) {
                record({obs.indicator, obs.period, obs.breakdown, obs.group, h.measure, h.reason, false});
            }
        }
    }

    // Additive figures: counts, and the counts behind percentages.
    static std::vector<Measure> additive(const Indicator& ind) {
        if (ind.unit == Unit::count) return {Measure::value};
        if (ind.unit == Unit::percentage) return {Measure::numerator, Measure::denominator};
        return {};
    }

    Slot slot(const std::string& ind, const SeriesKey& key, const Period& p, Measure m) {
        Slot s;
        s.measure = m;
        s.indicator = ind;
        s.period = p;
        s.breakdown = key.first;
        s.group = key.second;
        s.label = label_of(ind, p, key.first, key.second, m);
        auto wi = working_.find(ind);
        if (wi == working_.end()) return s;
        auto si = wi->second.series.find(key);
        if (si == wi->second.series.end()) return s;
        auto ci = si->second.cells.find(p);
        if (ci == si->second.cells.end()) return s;
        s.cell = &ci->second;
        const RawObservation* obs = wi->second.raw[key][p];
        auto raw_value = m == Measure::value ? obs->value : (m == Measure::numerator ? obs->numerator : obs->denominator);
        s.raw = raw_value.value_or(0);
        return s;
    }

    std::set<Period> periods_of(const std::string& ind) {
        std::set<Period> out;
        for (const auto& [_, periods] : working_[ind].raw) {
            for (const auto& [p, __] : periods) out.insert(p);
        }
        return out;
    }

    // Each breakdown of an indicator adds up to its overall figure.
    void breakdown_constraints(const Indicator& ind, std::vector<Constraint>& out) {
        for (Measure m : additive(ind)) {
            for (const Period& p : periods_of(ind.id)) {
                for (const auto& b : ind.breakdowns) {
                    const Breakdown* def = raw_.catalogue.breakdown(b);
                    if (!def || !def->partition) continue;
                    Constraint c{slot(ind.id, {"", ""}, p, m), {}, "the other groups of breakdown " + b + " and the total"};
                    for (const auto& g : def->groups) {
                        Slot part = slot(ind.id, {b, g}, p, m);
                        if (part.cell) c.parts.push_back(part);
                    }
                    if (!c.parts.empty()) out.push_back(std::move(c));
                }
            }
        }
    }

    // Indicators the catalogue says add up to this one, figure by figure.
    void sum_constraints(const Indicator& ind, std::vector<Constraint>& out) {
        if (ind.parts.empty()) return;
        for (Measure m : additive(ind)) {
            for (const Period& p : periods_of(ind.id)) {
                for (const auto& [key, _] : working_[ind.id].series) {
                    Constraint c{slot(ind.id, key, p, m), {}, "the indicators that add up to " + ind.id};
                    for (const auto& part : ind.parts) c.parts.push_back(slot(part, key, p, m));
                    out.push_back(std::move(c));
                }
            }
        }
    }

    void protect_sums() {
        std::vector<Constraint> constraints;
        for (const auto& ind : raw_.catalogue.indicators) {
            breakdown_constraints(ind, constraints);
            sum_constraints(ind, constraints);
        }
        for (const auto& h : protect(constraints)) {
            const Slot& s = *h.slot;
            record({s.indicator, s.period, s.breakdown, s.group, measure_name(s.measure), h.reason, true});
        }
    }

    PublishedKpi assemble() {
        PublishedKpi out;
        out.present = raw_.present;
        out.catalogue = raw_.catalogue;
        std::set<Period> all_periods;
        for (const auto& def : raw_.catalogue.indicators) {
            PublishedIndicator ind;
            ind.def = def;
            ind.series = ordered_series(def, working_[def.id].series);
            std::set<Period> periods;
            for (const auto& s : ind.series) {
                for (const auto& [p, _] : s.cells) periods.insert(p);
            }
            ind.periods.assign(periods.begin(), periods.end());
            all_periods.insert(periods.begin(), periods.end());
            if (const PublishedSeries* total = ind.total()) ind.summary = summarise(*total, def);
            out.indicators.push_back(std::move(ind));
        }
        out.periods.assign(all_periods.begin(), all_periods.end());
        if (log_) {
            log_->method = describe_rules(rules_);
            std::sort(log_->suppressions.begin(), log_->suppressions.end(), [](const Suppression& a, const Suppression& b) {
                return std::tie(a.indicator, a.period, a.breakdown, a.group, a.measure, a.secondary) <
                       std::tie(b.indicator, b.period, b.breakdown, b.group, b.measure, b.secondary);
            });
        }
        return out;
    }

    // The overall figure first, then each breakdown in catalogue order with
    // its groups in catalogue order.
    std::vector<PublishedSeries> ordered_series(const Indicator& ind, std::map<SeriesKey, PublishedSeries>& by_key) {
        std::vector<PublishedSeries> out;
        auto take = [&](const std::string& b, const std::string& g) {
            auto it = by_key.find({b, g});
            if (it != by_key.end()) out.push_back(std::move(it->second));
        };
        take("", "");
        for (const auto& b : ind.breakdowns) {
            if (const Breakdown* def = raw_.catalogue.breakdown(b)) {
                for (const auto& g : def->groups) take(b, g);
            }
        }
        return out;
    }

    void record(Suppression s) {
        if (log_) log_->suppressions.push_back(std::move(s));
    }

    const RawKpi& raw_;
    const DisclosureRules& rules_;
    DisclosureControl control_;
    DisclosureLog* log_;
    std::map<std::string, Working> working_;
};

}  // namespace

PublishedKpi disclose(const RawKpi& raw, const DisclosureRules& rules, DisclosureLog* log) {
    return Discloser(raw, rules, log).run();
}

}  // namespace candour
