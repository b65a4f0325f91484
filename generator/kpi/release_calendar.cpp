#include "kpi/release_calendar.hpp"

namespace candour {

namespace {

Date from_iso(const std::string& iso) {
    return parse_date(iso).value_or(Date{});
}

}  // namespace

Date AnnouncedRelease::earliest() const {
    return date ? *date : from_iso(month->start_iso());
}

Date AnnouncedRelease::latest() const {
    return date ? *date : from_iso(month->end_iso());
}

std::string AnnouncedRelease::when_display() const {
    return date ? date->display() : month->label();
}

std::string AnnouncedRelease::when_iso() const {
    return date ? date->iso() : month->code();
}

const AnnouncedRelease* ReleaseCalendar::find(const Period& period) const {
    for (const auto& r : releases) {
        if (r.period == period) return &r;
    }
    return nullptr;
}

const AnnouncedRelease* ReleaseCalendar::next_after(const Date& today) const {
    for (const auto& r : releases) {
        if (!r.is_past(today)) return &r;
    }
    return nullptr;
}

}  // namespace candour
