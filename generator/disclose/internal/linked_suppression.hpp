#pragma once
// Secondary suppression over the whole publication. Every table the
// catalogue's relations join (breakdowns, parts, shared numerators and
// denominators, year to date, the interview ratings' totals) is one linear
// system; the attacker's audit (audit/attacker.hpp) finds each hidden figure
// a reader could pin down or narrow below the protection width, and
// complement_choice.hpp picks the cheapest further figures to hide, until
// the attack finds nothing. A count hidden in one table is hidden in every
// table that shows it, and hiding a count hides the percentage beside it.
#include <functional>
#include <string>

#include "audit/disclosure_metadata.hpp"
#include "disclose/internal/decided_figures.hpp"
#include "disclose/internal/guard.hpp"

namespace candour {

struct SecondaryDecision {
    const DecidedFigure* figure;
    std::string reason;
};

// Why the figures could not be protected, and what to do about it.
struct LinkedProblem {
    std::string message;
    std::string hint;
    bool empty() const { return message.empty(); }
};

// Hides figures in `figures` until none is exposed. Each further figure
// hidden is passed to `record`. Returns false (with `problem` set) if the
// published figures contradict the declared relations.
bool protect_linked(DecidedFigures& figures, const DisclosureMetadata& meta,
                    const std::function<void(const SecondaryDecision&)>& record, LinkedProblem& problem, int jobs = 0);

}  // namespace candour
