#pragma once
// Words shared by the chart builders: short period labels for axes, notes
// about values not shown, ranges of periods, sentence case.
#include <string>
#include <vector>

#include "kpi/published.hpp"

namespace candour::chart_text {

// "Oct to Dec 2022" for a quarter, "Apr 2024" for a month, "2024-25" for a financial year.
std::string short_label(const Period& p);

// short_label() of each period, in order: an axis's labels.
std::vector<std::string> short_labels(const std::vector<Period>& periods);

// "October to December 2022 to July to September 2024", or one label.
std::string period_range(const std::vector<Period>& periods);

// "quarter", "month" or "year": what "the previous ..." means.
std::string period_noun(const Period& p);

// What a chart says about the values it leaves out, one sentence per
// symbol: "2 values are not shown to protect the anonymity of the people
// involved ([c])." Empty when nothing is hidden.
std::string gap_note(const std::vector<Symbol>& hidden);

// "Partner or ex-partner, Family member and Stranger".
std::string list_in_words(const std::vector<std::string>& items);

std::string upper_first(std::string s);
std::string lower_first(std::string s);

// "Number", "Per cent", "Median days": the unit, for a subtitle.
std::string unit_phrase(const Indicator& ind);

// The amount of a change in the indicator's unit: "8", "1.2 percentage points", "12 days".
std::string change_size(double absolute, const Indicator& ind);

// A URL- and file-safe stem from ids and words: "charges-relationship-2024-25-q2".
std::string slug_of(const std::vector<std::string>& parts);

}  // namespace candour::chart_text
