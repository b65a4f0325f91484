#pragma once
// The generated sentences about an indicator's figures, from the theme's
// message catalogue: one set of messages for each kind of figure, so that
// the words agree with the figure whatever the indicator's title, and a
// communications team can change them without a compiler.
#include <string>

#include "kpi/change.hpp"
#include "kpi/published.hpp"
#include "messages/messages.hpp"

namespace candour {

// "up 2.0 percentage points", "down 3 (4.2%)", "no change", "not available".
std::string change_amount(const Change& change, const Indicator& ind, const Messages& messages);

// "The figure rose from 31 in October to December 2022 to 52, up 21 (67.7%)."
std::string change_sentence(const Change& change, const PublishedValue& from, const PublishedValue& to,
                            const Indicator& ind, const Messages& messages);

// "In July to September 2024, the number of charges was 57."
std::string level_sentence(const Indicator& ind, const Period& period, const PublishedValue& value,
                           const Messages& messages);

// "improved" or "worsened"; empty when the change is not judged (no
// change, a neutral indicator, or no comparison).
std::string judgement_words(const Change& change, const Messages& messages);

std::string polarity_sentence(Polarity p, const Messages& messages);

}  // namespace candour
