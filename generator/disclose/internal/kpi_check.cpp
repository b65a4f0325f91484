// Checks of KPI tables against the catalogue and against themselves.
#include "disclose/internal/kpi_check.hpp"

#include <fmt/format.h>

#include <cmath>
#include <map>
#include <unordered_map>

#include "diagnostics/suggest.hpp"

namespace candour {

namespace {

// One series: an indicator's figures for one breakdown group, by period.
struct Series {
    const RawObservation* first = nullptr;  // for the message
    std::map<Period, const RawObservation*> by_period;
};

class KpiChecker {
public:
    KpiChecker(const RawKpi& kpi, Diagnostics& diags) : kpi_(kpi), cat_(kpi.catalogue), diags_(diags) {}

    void run() {
        for (const auto& obs : kpi_.observations) {
            const Indicator* ind = cat_.indicator(obs.indicator);
            if (!ind) {
                if (!cat_.may_define(obs.indicator)) {
                    diags_.error(kpi_.pos(obs, Column::indicator), fmt::format("unknown indicator '{}'", obs.indicator),
                                 did_you_mean(obs.indicator, cat_.indicator_ids(),
                                              "add it to data/kpi/catalogue.yaml or correct the id"));
                }
                continue;
            }
            // Every check runs, so one build reports every problem with the row.
            bool ok = check_breakdown(obs, *ind);
            ok = check_period(obs, *ind) && ok;
            ok = check_unit(obs, *ind) && ok;
            ok = check_shape(obs, *ind) && ok;
            Series& series = series_[obs.indicator + '\x1f' + obs.breakdown + '\x1f' + obs.group];
            auto [it, inserted] = series.by_period.emplace(obs.period, &obs);
            if (!inserted) {
                diags_.error(
                    kpi_.row_pos(obs),
                    fmt::format("duplicate observation: {} {}{} is also given at {}:{}", obs.indicator,
                                obs.period.code(), obs.group.empty() ? "" : " " + obs.breakdown + "=" + obs.group,
                                kpi_.row_pos(*it->second).file, kpi_.row_pos(*it->second).line),
                    "keep one row for each indicator, period, breakdown and group");
                continue;
            }
            if (!ok) series.by_period.erase(it);
        }
        check_gaps();
    }

private:
    bool check_breakdown(const RawObservation& obs, const Indicator& ind) {
        if (obs.breakdown.empty()) return true;
        if (std::find(ind.breakdowns.begin(), ind.breakdowns.end(), obs.breakdown) == ind.breakdowns.end()) {
            diags_.error(kpi_.pos(obs, Column::breakdown),
                         fmt::format("indicator '{}' has no breakdown '{}'", ind.id, obs.breakdown),
                         did_you_mean(obs.breakdown, ind.breakdowns,
                                      ind.breakdowns.empty() ? "this indicator has no breakdowns in the catalogue"
                                                             : "its breakdowns are: " +
                                                                   fmt::format("{}", fmt::join(ind.breakdowns, ", "))));
            return false;
        }
        const Breakdown* b = cat_.breakdown(obs.breakdown);
        if (std::find(b->groups.begin(), b->groups.end(), obs.group) != b->groups.end()) return true;
        diags_.error(
            kpi_.pos(obs, Column::group), fmt::format("breakdown '{}' has no group '{}'", b->id, obs.group),
            did_you_mean(obs.group, b->groups, "its groups are: " + fmt::format("{}", fmt::join(b->groups, ", "))));
        return false;
    }

    bool check_period(const RawObservation& obs, const Indicator& ind) {
        if (obs.period.kind() == ind.frequency) return true;
        diags_.error(kpi_.pos(obs, Column::period),
                     fmt::format("'{}' is a {}, but indicator '{}' is reported by {}", obs.period.code(),
                                 obs.period.kind_name(), ind.id, Period::kind_name(ind.frequency)),
                     "use the indicator's period, or change 'frequency' in the catalogue");
        return false;
    }

    bool check_unit(const RawObservation& obs, const Indicator& ind) {
        if (obs.unit.empty() || obs.unit == unit_name(ind.unit)) return true;
        diags_.error(kpi_.pos(obs, Column::unit),
                     fmt::format("unit '{}' contradicts the catalogue, which says '{}' for '{}'", obs.unit,
                                 unit_name(ind.unit), ind.id),
                     "correct the unit column, or the indicator's 'unit' in the catalogue if that is wrong");
        return false;
    }

    // The figures a row must carry follow from the indicator's unit.
    bool check_shape(const RawObservation& obs, const Indicator& ind) {
        if (ind.unit == Unit::percentage) return check_percentage(obs, ind);
        if (obs.numerator || obs.denominator) {
            diags_.error(kpi_.pos(obs, obs.numerator ? Column::numerator : Column::denominator),
                         fmt::format("'{}' is a {}, so it takes a value, not a numerator and denominator", ind.id,
                                     unit_name(ind.unit)),
                         "put the figure in the value column");
            return false;
        }
        if (ind.unit == Unit::count && obs.value && std::floor(*obs.value) != *obs.value) {
            diags_.error(kpi_.pos(obs, Column::value),
                         fmt::format("'{}' is a count, but {} is not a whole number", ind.id, *obs.value),
                         "counts are whole numbers of people or cases");
            return false;
        }
        bool needs_base = ind.unit == Unit::median_days || ind.unit == Unit::score;
        if (needs_base && obs.value && !obs.base) {
            diags_.error(kpi_.pos(obs, Column::value),
                         fmt::format("'{}' is a {} and needs its base: how many cases it is worked out from", ind.id,
                                     unit_name(ind.unit)),
                         "add a 'base' column with the number of cases, so small bases can be suppressed");
            return false;
        }
        return true;
    }

    bool check_percentage(const RawObservation& obs, const Indicator& ind) {
        if (!obs.numerator || !obs.denominator) {
            if (!obs.numerator && !obs.denominator && !obs.value) return true;  // not available
            diags_.error(kpi_.pos(obs, obs.numerator ? Column::denominator : Column::numerator),
                         fmt::format("'{}' is a percentage and needs both a numerator and a denominator", ind.id),
                         "give the count and the total it is a percentage of; the percentage is worked out");
            return false;
        }
        if (*obs.numerator > *obs.denominator) {
            diags_.error(
                kpi_.pos(obs, Column::numerator),
                fmt::format("the numerator ({}) is larger than the denominator ({})", *obs.numerator, *obs.denominator),
                "a percentage's numerator counts part of its denominator; check the columns are not swapped");
            return false;
        }
        if (obs.value && *obs.denominator > 0) {
            double computed = 100.0 * *obs.numerator / *obs.denominator;
            if (std::fabs(computed - *obs.value) > 0.5) {
                diags_.error(
                    kpi_.pos(obs, Column::value),
                    fmt::format("value {} does not match numerator / denominator ({:.1f}%)", *obs.value, computed),
                    "leave the value empty to have it worked out, or correct the figures");
                return false;
            }
        }
        return true;
    }

    // Sorted by key so warnings come out in the same order every build.
    void check_gaps() {
        std::map<std::string, const Series*> ordered;
        for (const auto& [key, series] : series_) ordered.emplace(key, &series);
        for (const auto& [_, series] : ordered) {
            const RawObservation* previous = nullptr;
            for (const auto& [period, obs] : series->by_period) {
                if (previous && !(period == previous->period.next())) report_gap(*previous, *obs);
                previous = obs;
            }
        }
    }

    void report_gap(const RawObservation& before, const RawObservation& after) {
        diags_.warning(kpi_.pos(after, Column::period),
                       fmt::format("gap in {}{}: no figure for {} (between {} and {})", after.indicator,
                                   after.group.empty() ? "" : " " + after.breakdown + "=" + after.group,
                                   before.period.next().label(), before.period.code(), after.period.code()),
                       "add the missing period with an empty value if the figure is not available");
    }

    const RawKpi& kpi_;
    const Catalogue& cat_;
    Diagnostics& diags_;
    std::unordered_map<std::string, Series> series_;
};

}  // namespace

void validate_kpi(const RawKpi& kpi, Diagnostics& diags) {
    if (kpi.present) KpiChecker(kpi, diags).run();
}

}  // namespace candour
