#pragma once
// The words for each step of progress, and what the build works out from
// dates: the 56-day rule for responses to inspection reports, and what
// changed in an action plan since the previous quarter.
#include <optional>
#include <string>
#include <vector>

#include "accountability/accountability.hpp"

namespace candour {

enum class StatusWords { findings, tracker };  // done / planned, or complete / not started

std::string status_word(Progress p, StatusWords words);  // "in progress"
std::string status_class(Progress p);                    // "done", "in-progress", "not-started", "closed"
std::optional<Progress> parse_status(const std::string& text, StatusWords words);
std::vector<std::string> status_names(StatusWords words);

// An action plan's 'counts_as': complete, in progress, not started, closed.
std::optional<Progress> parse_counts_as(const std::string& text);
std::vector<std::string> counts_as_names();
std::string counts_as_word(Progress p);  // "closed" for Progress::closed

// A format's fixed statuses as a list like a plan's own: done / in progress
// / planned, or complete / in progress / not started (an action plan's
// statuses when it declares none).
std::vector<DeclaredStatus> word_statuses(StatusWords words);

// Not yet done and not closed: still able to be overdue.
inline bool still_open(Progress p) {
    return p == Progress::not_started || p == Progress::in_progress;
}

// "an item", with the words for each kind: "recommendation",
// "area for improvement", "cause of concern"; plural "recommendations"...
std::string item_word(ItemKind kind, bool plural = false);
std::string item_slug(ItemKind kind);  // "recommendation", "area-for-improvement", "cause-of-concern"

// Days since 1970-01-01 (proleptic Gregorian), for date differences.
int day_number(const Date& d);
Date date_from_day_number(int days);
Date add_days(const Date& d, int days);

// Police and crime commissioners must publish their response to an
// inspection report within 56 days of its publication.
inline constexpr int response_deadline_days = 56;

struct ResponseTimeliness {
    enum class Kind { on_time, late, due, overdue };
    Kind kind = Kind::due;
    Date deadline;
    int days_taken = 0;             // report to response, when published
    int days = 0;                   // late by, remaining, or overdue by
    std::string tag_class() const;  // "done", "late", "in-progress": the tag's colour
};

// `today` matters only while the response is not yet published.
ResponseTimeliness assess_response(const Date& report, const std::optional<Date>& response, const Date& today);

// An action's status on a date, from its history (nothing before its first entry).
std::optional<Progress> status_on(const Action& action, const Date& date);
// The same with the status's name: the history entry in force, or the
// action's own status when it has no history.
std::optional<StatusChange> status_entry_on(const Action& action, const Date& date);

struct ActionChange {
    const Action* action = nullptr;
    std::string section;
    std::optional<Progress> from;  // status at the end of the previous quarter
    Progress to = Progress::not_started;
    std::string from_name;  // the declared statuses' names, as shown
    std::string to_name;
};

// What changed in the plan's quarter: actions first recorded in it, actions
// whose status differs from the end of the previous quarter, and actions
// past their due date at the quarter's end and not complete.
struct QuarterChanges {
    std::vector<ActionChange> added;
    std::vector<ActionChange> status_changed;
    std::vector<ActionChange> overdue;
};

QuarterChanges changes_in_quarter(const ActionPlan& plan);

Date period_start(const Period& p);
Date period_end(const Period& p);

}  // namespace candour
