#pragma once
// One period of an indicator by the groups of a breakdown: a horizontal bar
// for each group, in the catalogue's order, labelled with its figure. A
// group whose figure is not shown has no bar, only its symbol.
#include "charts/chart.hpp"
#include "kpi/published.hpp"
#include "messages/messages.hpp"

namespace candour {

Chart group_bar_chart(const PublishedIndicator& ind, const Breakdown& breakdown, const Period& period,
                      const Messages& messages);

}  // namespace candour
