#pragma once
// Words shared by the chart builders: short period labels for axes, notes
// about values not shown, ranges of periods, sentence case. The sentences
// come from the theme's catalogue (docs/templates.md, "Messages").
#include <string>
#include <vector>

#include "kpi/published.hpp"
#include "messages/messages.hpp"

namespace candour::chart_text {

// "Oct to Dec 2022" for a quarter, "Apr 2024" for a month, "2024-25" for a financial year.
std::string short_label(const Period& p, const Messages& m);

// short_label() of each period, in order: an axis's labels.
std::vector<std::string> short_labels(const std::vector<Period>& periods, const Messages& m);

// "October to December 2022 to July to September 2024", or one label.
std::string period_range(const std::vector<Period>& periods, const Messages& m);

// The id of the message for `p`'s kind of period: `stem` + "month",
// "quarter" or "year" ("chart.previous." gives "chart.previous.quarter").
std::string period_kind_id(const std::string& stem, const Period& p);

// What a chart says about the values it leaves out, one sentence per
// symbol: "2 values are not shown to protect the anonymity of the people
// involved ([c])." Empty when nothing is hidden.
std::string gap_note(const std::vector<Symbol>& hidden, const Messages& messages);

// "Partner or ex-partner, Family member and Stranger".
std::string list_in_words(const std::vector<std::string>& items, const Messages& messages);

std::string upper_first(std::string s);
std::string lower_first(std::string s);

// "number", "per cent", "median days": the unit, for tables' headings.
std::string unit_words(const Indicator& ind, const Messages& messages);

// "Number", "Per cent", "Median days": the unit, for a subtitle.
std::string unit_phrase(const Indicator& ind, const Messages& messages);

// The amount of a change in the indicator's unit: "8", "1.2 percentage points", "12 days".
std::string change_size(double absolute, const Indicator& ind, const Messages& messages);

// A string as a literal in a Vega expression: 'Rated good or very good'.
std::string expression_string(const std::string& s);

// A URL- and file-safe stem from ids and words: "charges-relationship-2024-25-q2".
std::string slug_of(const std::vector<std::string>& parts);

}  // namespace candour::chart_text
