#pragma once
// Choosing which further figures to hide (complementary suppression) when
// the attack finds a hidden figure too narrowly pinned. A linear programme
// over the figures joined to it by the declared relations asks: how can the
// figure move by the width it lacks while every relation still holds? Moving
// a figure already hidden (or within its rounding) is free; moving a shown
// figure means hiding it, at a cost of 1 + its value, so the cheapest answer
// hides the fewest and smallest figures. Deterministic: the same tables
// always give the same choice.
#include <vector>

#include "audit/attacker.hpp"
#include "audit/linear_model.hpp"
#include "disclose/internal/guard.hpp"

namespace candour {

// Variables to hide so that `exposed` can span `width` (empty when no choice
// of hidden figures can do it). `raw` holds each variable's true value.
std::vector<int> choose_complements(const LinearModel& model, const std::vector<double>& raw, const Exposure& exposed,
                                    double width);

}  // namespace candour
