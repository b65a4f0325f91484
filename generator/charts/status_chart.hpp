#pragma once
// How many items of a tracker (recommendations, actions) have each status:
// one horizontal bar a status, in the order given, labelled with its count.
// Trackers are counted, not people, so nothing here is hidden.
#include <string>
#include <vector>

#include "charts/chart.hpp"

namespace candour {

struct StatusCount {
    std::string status;  // "Complete", "In progress", "Not started"
    int count = 0;
};

struct StatusChartInput {
    std::string slug;                 // "phase-1-recommendations-status"
    std::string items;                // what is counted, plural: "recommendations"
    std::string as_of;                // when the statuses were last updated: "September 2024"
    std::vector<StatusCount> counts;  // in the order to show them
};

Chart status_chart(const StatusChartInput& input);

}  // namespace candour
