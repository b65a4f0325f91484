#pragma once
// The attack: for each hidden or rounded count, the smallest and largest
// value consistent with everything published, found by two linear programmes
// (GLPK), and by integer programming wherever the linear optimum is not a
// whole-number solution. Variables a published number pins are constants, so
// the system falls apart into small independent pieces, solved separately.
#include <vector>

#include "audit/linear_model.hpp"

namespace candour {

// What a reader can narrow one variable down to.
struct Exposure {
    int var = -1;
    double low = 0;
    double high = unbounded;
    bool consistent = true;  // false: the published figures contradict the relations

    double width() const { return high - low; }
};

// Groups of variables that published numbers do not pin, joined by the rows
// that are in force; only groups holding a protected variable, each sorted.
std::vector<std::vector<int>> attack_components(const LinearModel& model);

// The same for the one group holding `var` (empty if a number pins it).
std::vector<int> component_of(const LinearModel& model, int var);

// The exposure of every protected variable of one group. Pinned protected
// variables outside any group (hidden here, shown elsewhere) are reported by
// exposed_by_publication().
std::vector<Exposure> attack_component(const LinearModel& model, const std::vector<int>& component);

// Protected variables that a published number pins outright.
std::vector<Exposure> exposed_by_publication(const LinearModel& model);

}  // namespace candour
