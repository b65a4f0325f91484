#pragma once
// Periods and dates in the reader's words, from the theme's catalogue:
// each quarter and month is a whole message with its year, so a language
// can change the words around the year ("Ebrill i Fehefin 2024").
// Period::label() and Date::display() stay English, for editors'
// messages and data files.
#include <string>

#include "kpi/date.hpp"
#include "kpi/period.hpp"
#include "kpi/release_calendar.hpp"
#include "messages/messages.hpp"

namespace candour {

// "July to September 2024", "April 2024", "April 2024 to March 2025".
std::string period_label(const Period& period, const Messages& messages);

// "14 November 2024".
std::string date_label(const Date& date, const Messages& messages);

// "April 2024 to December 2024": the months from `from`'s to `to`'s.
std::string month_range_label(const Date& from, const Date& to, const Messages& messages);

// A release's day, or its provisional month: "13 February 2025", "May 2025".
std::string release_when_label(const AnnouncedRelease& release, const Messages& messages);

// A whole number as the catalogue's language writes it, ungrouped.
std::string number_label(long long value, const Messages& messages);

}  // namespace candour
