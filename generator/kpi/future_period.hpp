#pragma once
// Figures for a period that has not begun. A mistyped year ('2062-63 Q1')
// would otherwise become the "latest figure" on every page, so a period that
// starts after the quarter containing the build date is an error, unless the
// row is marked provisional and the release calendar announces a release
// covering it (figures published ahead of a period's end, as announced).
// docs/kpi-data.md "Future periods".
#include <optional>
#include <string>

#include "kpi/date.hpp"
#include "kpi/period.hpp"
#include "kpi/release_calendar.hpp"

namespace candour {

// What the tables are checked against: the build date and the calendar.
// Without a date (tests that load tables alone) nothing is checked.
struct FuturePeriodRule {
    std::optional<Date> today;
    const ReleaseCalendar* calendar = nullptr;
};

// The financial-year quarter containing `d`.
Period quarter_of(const Date& d);

// A release in the calendar whose period covers all of `p`, or null.
const AnnouncedRelease* release_covering(const ReleaseCalendar* calendar, const Period& p);

// Why a row for `p` may not be published yet, or nothing when it may:
// `message` for the error, `hint` for how to fix it.
struct FuturePeriodProblem {
    std::string message;
    std::string hint;
};
std::optional<FuturePeriodProblem> future_period_problem(const Period& p, bool provisional, bool has_status_column,
                                                         const FuturePeriodRule& rule);

}  // namespace candour
