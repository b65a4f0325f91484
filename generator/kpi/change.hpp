#pragma once
// The change between two published figures, in numbers and in words.
#include "kpi/published.hpp"

namespace candour {

// The change from `earlier` to `later`, judged by the indicator's polarity.
// Without a number on both sides, only `from` is set.
Change compare(const PublishedValue& earlier, const PublishedValue& later, const Period& from, const Indicator& ind);

}  // namespace candour
