#include "accountability/progress.hpp"

namespace candour {

std::string status_word(Progress p, StatusWords words) {
    switch (p) {
        case Progress::finished:
            return words == StatusWords::findings ? "done" : "complete";
        case Progress::in_progress:
            return "in progress";
        case Progress::not_started:
            return words == StatusWords::findings ? "planned" : "not started";
        case Progress::closed:
            return "closed";
    }
    return "";
}

std::string status_class(Progress p) {
    switch (p) {
        case Progress::finished:
            return "done";
        case Progress::in_progress:
            return "in-progress";
        case Progress::not_started:
            return "not-started";
        case Progress::closed:
            return "closed";
    }
    return "";
}

std::string counts_as_word(Progress p) {
    return status_word(p, StatusWords::tracker);
}

std::vector<std::string> counts_as_names() {
    return {"complete", "in progress", "not started", "closed"};
}

std::optional<Progress> parse_counts_as(const std::string& text) {
    for (Progress p : {Progress::finished, Progress::in_progress, Progress::not_started, Progress::closed}) {
        if (text == counts_as_word(p)) return p;
    }
    return std::nullopt;
}

std::vector<DeclaredStatus> word_statuses(StatusWords words) {
    std::vector<DeclaredStatus> out;
    for (Progress p : {Progress::finished, Progress::in_progress, Progress::not_started})
        out.push_back({status_word(p, words), p, {}});
    return out;
}

std::string letter_output_path(const std::string& letter) {
    for (const char* dir : {"content/", "static/"}) {
        if (letter.starts_with(dir)) return letter.substr(std::string(dir).size());
    }
    return "";
}

std::string item_word(ItemKind kind, bool plural) {
    switch (kind) {
        case ItemKind::recommendation:
            return plural ? "recommendations" : "recommendation";
        case ItemKind::area_for_improvement:
            return plural ? "areas for improvement" : "area for improvement";
        case ItemKind::cause_of_concern:
            return plural ? "causes of concern" : "cause of concern";
    }
    return "";
}

std::string item_slug(ItemKind kind) {
    std::string out = item_word(kind);
    for (char& c : out) c = c == ' ' ? '-' : c;
    return out;
}

std::vector<std::string> status_names(StatusWords words) {
    return {status_word(Progress::finished, words), status_word(Progress::in_progress, words),
            status_word(Progress::not_started, words)};
}

std::optional<Progress> parse_status(const std::string& text, StatusWords words) {
    for (Progress p : {Progress::finished, Progress::in_progress, Progress::not_started}) {
        if (text == status_word(p, words)) return p;
    }
    return std::nullopt;
}

// Howard Hinnant's days_from_civil: exact for every Gregorian date.
int day_number(const Date& d) {
    int y = d.year - (d.month <= 2 ? 1 : 0);
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int mp = (d.month + 9) % 12;
    int doy = (153 * mp + 2) / 5 + d.day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date date_from_day_number(int z) {
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    Date d;
    d.day = doy - (153 * mp + 2) / 5 + 1;
    d.month = mp < 10 ? mp + 3 : mp - 9;
    d.year = yoe + era * 400 + (d.month <= 2 ? 1 : 0);
    return d;
}

Date add_days(const Date& d, int days) {
    return date_from_day_number(day_number(d) + days);
}

std::string ResponseTimeliness::tag_class() const {
    switch (kind) {
        case Kind::on_time:
            return "done";
        case Kind::late:
            return "late";
        case Kind::due:
            return "in-progress";
        case Kind::overdue:
            return "late";
    }
    return "";
}

ResponseTimeliness assess_response(const Date& report, const std::optional<Date>& response, const Date& today) {
    ResponseTimeliness t;
    t.deadline = add_days(report, response_deadline_days);
    if (response) {
        t.days_taken = day_number(*response) - day_number(report);
        t.days = t.days_taken - response_deadline_days;
        t.kind = t.days > 0 ? ResponseTimeliness::Kind::late : ResponseTimeliness::Kind::on_time;
        if (t.days < 0) t.days = 0;
        return t;
    }
    int remaining = day_number(t.deadline) - day_number(today);
    t.kind = remaining >= 0 ? ResponseTimeliness::Kind::due : ResponseTimeliness::Kind::overdue;
    t.days = remaining >= 0 ? remaining : -remaining;
    return t;
}

std::optional<StatusChange> status_entry_on(const Action& action, const Date& date) {
    // No history: as it is now, throughout.
    if (action.history.empty()) return StatusChange{date, action.status, action.pos, action.status_name};
    std::optional<StatusChange> status;
    for (const auto& change : action.history) {
        if (date < change.date) break;
        status = change;
    }
    return status;
}

std::optional<Progress> status_on(const Action& action, const Date& date) {
    auto entry = status_entry_on(action, date);
    if (!entry) return std::nullopt;
    return entry->status;
}

Date period_start(const Period& p) {
    return *parse_date(p.start_iso());
}
Date period_end(const Period& p) {
    return *parse_date(p.end_iso());
}

QuarterChanges changes_in_quarter(const ActionPlan& plan) {
    QuarterChanges out;
    const Date before = add_days(period_start(plan.period), -1);
    const Date end = period_end(plan.period);
    for (const auto& section : plan.sections) {
        for (const auto& action : section.actions) {
            auto from = status_entry_on(action, before);
            auto to = status_entry_on(action, end);
            ActionChange c{&action, section.title};
            if (from) {
                c.from = from->status;
                c.from_name = from->name;
            }
            c.to = to ? to->status : action.status;
            c.to_name = to ? to->name : action.status_name;
            // A change of declared status is a change, even between two that
            // count the same ("Delayed" to "In progress").
            if (!from && to)
                out.added.push_back(c);
            else if (from && (*c.from != c.to || c.from_name != c.to_name))
                out.status_changed.push_back(c);
            // Closed actions ended: they are not overdue.
            if (action.due && *action.due < end && still_open(c.to)) out.overdue.push_back(c);
        }
    }
    return out;
}

}  // namespace candour
