#include "kpi/future_period.hpp"

#include <fmt/format.h>

namespace candour {

Period quarter_of(const Date& d) {
    int fy = d.month >= 4 ? d.year : d.year - 1;
    return Period::quarter(fy, (d.month + 8) % 12 / 3 + 1);
}

const AnnouncedRelease* release_covering(const ReleaseCalendar* calendar, const Period& p) {
    if (!calendar) return nullptr;
    for (const auto& r : calendar->releases) {
        if (r.period.start_iso() <= p.start_iso() && p.end_iso() <= r.period.end_iso()) return &r;
    }
    return nullptr;
}

std::optional<FuturePeriodProblem> future_period_problem(const Period& p, bool provisional, bool has_status_column,
                                                         const FuturePeriodRule& rule) {
    if (!rule.today) return std::nullopt;
    const Period current = quarter_of(*rule.today);
    if (p.start_iso() <= current.end_iso()) return std::nullopt;
    const AnnouncedRelease* release = release_covering(rule.calendar, p);
    if (provisional && release) return std::nullopt;
    FuturePeriodProblem out;
    out.message = fmt::format("the period '{}' ({}) has not started: the build date, {}, is in {}", p.code(), p.label(),
                              rule.today->display(), current.label());
    const std::string typo = "if it is a typing mistake, correct the period";
    if (!has_status_column) {
        out.hint = typo + "; these figures cannot be for a period still to come";
    } else if (!provisional && release) {
        out.hint = fmt::format(
            "{}; if these are early figures for the release announced for {}, mark the row "
            "provisional with 'p' in the status column",
            typo, release->when_display());
    } else if (provisional) {
        out.hint = fmt::format("{}; if these are early figures, announce their release for {} in data/releases.yaml",
                               typo, p.code());
    } else {
        out.hint = fmt::format(
            "{}; if these are early figures, mark the row provisional with 'p' in the status column "
            "and announce their release for {} in data/releases.yaml",
            typo, p.code());
    }
    return out;
}

}  // namespace candour
