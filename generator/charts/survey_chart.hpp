#pragma once
// Victim survey ratings by theme for one period, as diverging bars: the
// share rating a theme good or very good to the right of the centre line,
// everyone else to the left. The data records only "good or very good" out
// of everyone asked, so the left side is one honest category ("did not rate
// it good or very good"), not an invented split into fair and poor. A theme
// whose figure is hidden has no bar, only its symbol.
#include "charts/chart.hpp"
#include "kpi/published.hpp"
#include "messages/messages.hpp"

namespace candour {

// `ind` is a percentage; `themes` one of its breakdowns. The overall figure,
// when there is one, is the first bar ("All themes").
Chart survey_chart(const PublishedIndicator& ind, const Breakdown& themes, const Period& period,
                   const Messages& messages);

}  // namespace candour
