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
std::string status_class(Progress p);                    // "done", "in-progress", "not-started"
std::optional<Progress> parse_status(const std::string& text, StatusWords words);
std::vector<std::string> status_names(StatusWords words);

// Days since 1970-01-01 (proleptic Gregorian), for date differences.
int day_number(const Date& d);
Date date_from_day_number(int days);
Date add_days(const Date& d, int days);
std::string days_text(int n);  // "1 day", "12 days"

// Police and crime commissioners must publish their response to an
// inspection report within 56 days of its publication.
inline constexpr int response_deadline_days = 56;

struct ResponseTimeliness {
    enum class Kind { on_time, late, due, overdue };
    Kind kind = Kind::due;
    Date deadline;
    int days_taken = 0;  // report to response, when published
    int days = 0;        // late by, remaining, or overdue by
    std::string tag() const;    // "On time", "Late", "Not yet published"
    std::string tag_class() const;
    std::string words() const;  // a sentence for the page
};

// `today` matters only while the response is not yet published.
ResponseTimeliness assess_response(const Date& report, const std::optional<Date>& response, const Date& today);

// An action's status on a date, from its history (nothing before its first entry).
std::optional<Progress> status_on(const Action& action, const Date& date);

struct ActionChange {
    const Action* action = nullptr;
    std::string section;
    std::optional<Progress> from;  // status at the end of the previous quarter
    Progress to = Progress::not_started;
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
