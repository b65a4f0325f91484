#pragma once
// What disclosure control and the privacy gate did in one build, for the
// disclosure report beside the site. It names cells and reasons, never a
// hidden value, so any stage may hold it.
#include <string>
#include <vector>

#include "kpi/period.hpp"

namespace candour {

// One decision to hide a figure.
struct Suppression {
    std::string indicator;
    Period period = Period::quarter(2000, 1);
    std::string breakdown;
    std::string group;
    std::string measure;  // value, numerator or denominator
    std::string reason;
    bool secondary = false;
};

// A hidden figure as the audit found a reader could narrow it down.
struct AttackerView {
    std::string figure;  // "charges 2024-25 Q1 sex=Male"
    double low = 0;
    double high = 0;  // infinity: no upper limit
};

// An indicator published under its own rule (catalogue 'disclosure:').
struct OwnRule {
    std::string indicator;  // its id
    std::string rule;       // the rule in force, in words
    std::string reason;     // the catalogue's reason
};

struct DisclosureLog {
    std::vector<Suppression> suppressions;
    std::vector<AttackerView> attacker_view;  // every hidden figure, after the audit
    std::vector<std::string> approvals;       // privacy-gate approvals, "file:line: 'text' (reason)"
    std::string method;                       // the rules in force, in words
    std::vector<OwnRule> own_rules;           // indicators with their own rule, catalogue order
};

}  // namespace candour
