#pragma once
// The relations the catalogue declares, checked against the raw figures:
// a breakdown whose total is the sum of its groups must add up, a
// percentage whose numerators are another indicator's figures must have the
// same counts, and so on. Disclosure control trusts these relations, so a
// disagreement is an error at the figure. A relation that holds in every
// shared figure but is not declared is a warning naming the line to add: a
// reader can find it as easily as the build did.
#include "diagnostics/diagnostics.hpp"
#include "disclose/internal/guard.hpp"
#include "disclose/internal/raw_kpi.hpp"

namespace candour {

void check_relations(const RawKpi& kpi, Diagnostics& diags);

}  // namespace candour
