#pragma once
// The release calendar (data/releases.yaml, docs/releases.md): the day the
// figures for each period are, or were, published, announced in advance.
// A release further ahead may give only a provisional month.
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "kpi/date.hpp"
#include "kpi/period.hpp"

namespace candour {

struct AnnouncedRelease {
    Period period = Period::quarter(2000, 1);  // the figures released
    std::optional<Date> date;                  // the confirmed day
    std::optional<Period> month;               // provisional: a calendar month, when there is no date
    SourcePos pos;                             // the entry
    SourcePos when_pos;                        // its 'date' or 'month'

    bool provisional() const { return !date; }
    Date earliest() const;             // the date, or the first day of the month
    Date latest() const;               // the date, or the last day of the month
    std::string when_display() const;  // "13 February 2025", "May 2025"
    std::string when_iso() const;      // "2025-02-13", "2025-05"
    // Published on or before `today`; a provisional month once it has ended.
    bool is_past(const Date& today) const { return date ? *date <= today : latest() < today; }
};

struct ReleaseCalendar {
    std::string file;                        // empty when the site has no calendar
    std::vector<AnnouncedRelease> releases;  // as written, which is date order

    bool empty() const { return releases.empty(); }
    const AnnouncedRelease* find(const Period& period) const;
    // The next release after `today`: what "Next update" shows. Null when
    // nothing later is announced.
    const AnnouncedRelease* next_after(const Date& today) const;
};

}  // namespace candour
