#pragma once
// Stage: disclosure control. The only code that sees raw KPI figures; what
// it returns holds published values or symbols, never a raw number, so no
// later stage can leak one.
#include "diagnostics/diagnostics.hpp"
#include "kpi/published.hpp"
#include "kpi/raw_observation.hpp"
#include "load/site_config.hpp"

namespace candour {

// One decision to hide a figure, for the disclosure report. It names the
// cell and the reason, never the value.
struct Suppression {
    std::string indicator;
    Period period = Period::quarter(2000, 1);
    std::string breakdown;
    std::string group;
    std::string measure;  // value, numerator or denominator
    std::string reason;
    bool secondary = false;
};

struct DisclosureLog {
    std::vector<Suppression> suppressions;
    std::vector<std::string> approvals;  // privacy-gate approvals, "file:line: 'text' (reason)"
    std::string method;                  // the rules in force, in words
};

PublishedKpi disclose(const RawKpi& raw, const DisclosureRules& rules, DisclosureLog* log = nullptr);

}  // namespace candour
