#pragma once
// Published KPI figures for chart tests, made the way a build makes them:
// a catalogue and a CSV table through load, validate and disclose. The raw
// figures include ones disclosure hides (3 and 8 charges by sex, a base of 8
// for the charge rate), so tests can check a chart never shows them.
#include <string>
#include <vector>

#include "charts/chart.hpp"
#include "kpi/published.hpp"

namespace candour::testing {

// The figures below, published. Throws if they fail validation.
const PublishedKpi& chart_kpi();

// One chart of every type and form (trend, with a target, bars, grouped,
// small multiples, stacked, survey, status), from chart_kpi().
std::vector<Chart> every_chart_type();

// Shorthands for chart tests: an indicator or breakdown of chart_kpi(), a
// period by its code ("2024-25 Q2").
const PublishedIndicator& ind(const std::string& id);
const Breakdown& breakdown(const std::string& id);
Period period(const char* code);

// The catalogue and table behind chart_kpi(), for whole-site tests.
extern const char* const chart_catalogue_yaml;
extern const char* const chart_figures_csv;

}  // namespace candour::testing
