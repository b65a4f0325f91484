#pragma once
// The view models of the findings, tracker and action-plan pages.
#include <nlohmann/json.hpp>

#include "accountability/progress.hpp"
#include "kpi/published.hpp"
#include "load/load.hpp"
#include "model/routes.hpp"

namespace candour {

// Adds page.findings / page.theme / page.trackers / page.tracker /
// page.recommendation / page.plans / page.plan for those kinds of page.
void add_accountability(nlohmann::json& page, const SourceTree& tree, const Routes& routes, const PublishedKpi& kpi,
                        std::size_t page_index, const std::string& base_path);

}  // namespace candour
