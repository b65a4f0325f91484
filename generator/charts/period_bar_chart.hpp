#pragma once
// A breakdown over several periods. Grouped: a bar for each group within
// each period, coloured by group (at most four), or, for more groups than
// four colours allow, a small panel of bars for each group in one colour.
// Stacked: the groups' bars on top of each other in each period, for
// breakdowns whose groups make up the whole (at most four groups). A hidden
// figure is a gap with its symbol, never a zero.
#include <vector>

#include "charts/chart.hpp"
#include "kpi/published.hpp"
#include "messages/messages.hpp"

namespace candour {

enum class BarLayout { grouped, stacked };

// Throws std::invalid_argument for a stacked chart of more than four
// groups or of something other than a count; check can_stack() first.
Chart period_bar_chart(const PublishedIndicator& ind, const Breakdown& breakdown, const std::vector<Period>& periods,
                       BarLayout layout, const Messages& messages);

bool can_stack(const Breakdown& breakdown);  // at most four groups
bool can_stack(const Indicator& ind);        // a count: groups add up to the total

}  // namespace candour
