#pragma once
// How many items of a tracker (recommendations, actions) have each status:
// one horizontal bar a status, in the order given, labelled with its count.
// Trackers are counted, not people, so nothing here is hidden.
#include <string>
#include <vector>

#include "charts/chart.hpp"
#include "messages/messages.hpp"

namespace candour {

struct StatusCount {
    std::string status;  // "Complete", "In progress", "Not started"
    int count = 0;
};

struct StatusChartInput {
    std::string slug;                 // "phase-1-recommendations-status"
    std::string items;                // what is counted, plural, from the catalogue: "recommendations"
    std::string as_of;                // when the statuses were last updated, from the catalogue: "September 2024"
    std::vector<StatusCount> counts;  // in the order to show them
};

// Worded by the catalogue's chart.status messages.
Chart status_chart(const StatusChartInput& input, const Messages& messages);

// "Number of recommendations by status, September 2024": the chart's
// subtitle, and the caption of the table beside it.
std::string status_chart_subtitle(const StatusChartInput& input, const Messages& messages);

}  // namespace candour
