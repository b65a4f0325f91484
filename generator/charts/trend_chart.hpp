#pragma once
// An indicator's overall figure over time: a line with a point for each
// period, and a dashed line for the same period a year earlier, or for a
// target when one is given. Values not shown are gaps in the line, labelled
// with their symbol; provisional figures are hollow points, revised ones
// carry an "r".
#include <optional>
#include <vector>

#include "charts/chart.hpp"
#include "kpi/published.hpp"
#include "messages/messages.hpp"

namespace candour {

struct TrendOptions {
    std::vector<Period> periods;   // oldest first; empty: every period with a figure
    std::optional<double> target;  // in the indicator's unit; replaces the year-earlier line
};

// Its words (title, subtitle, key, summary, notes, the labels drawn) are
// `messages`' (docs/templates.md, "Charts and KPI tables").
Chart trend_chart(const PublishedIndicator& ind, const Messages& messages, const TrendOptions& options = {});

}  // namespace candour
