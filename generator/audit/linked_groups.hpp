#pragma once
// Splitting a publication into the groups of tables its relations join, so
// each group is attacked on its own (and in parallel), and a group with
// nothing hidden is not attacked at all. A table here is one indicator in
// one period (or one theme's ratings): breakdowns, percentages and cross-
// tabulations stay inside it, while parts, shared numerators and
// denominators, year-to-date totals and the ratings' cumulative row join
// tables to each other.
#include <vector>

#include "audit/disclosure_metadata.hpp"
#include "audit/figure.hpp"

namespace candour {

// Adds every name the declared relations can refer to (each indicator, each
// breakdown's groups, the periods a year-to-date figure adds up), so models
// of the publication can be built on several threads from names that no
// longer change.
void name_relations(PublishedFigures& publication, const DisclosureMetadata& meta);

// Indices of the publication's figures, one list per group that holds a
// figure a reader must not be able to narrow down (hidden, or rounded),
// each in order.
std::vector<std::vector<std::size_t>> linked_groups(const PublishedFigures& publication,
                                                    const DisclosureMetadata& meta);

}  // namespace candour
