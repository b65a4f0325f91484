#pragma once
// The attacker's view of a publication as a system of linear constraints.
// Every count a reader could reason about (a count figure, or the numerator
// or denominator of a percentage) is a variable; figures declared equal
// ("numerator: charges") share one. What is published bounds a variable (a
// number pins it, a rounded number confines it, [c] leaves it free), and the
// declared relations become rows: sums (a breakdown's groups add up to the
// overall figure, parts, year to date, the survey's totals), subsets (a group
// of an overlapping breakdown is at most the overall figure), numerator at
// most denominator, and each published percentage confining numerator over
// denominator to its rounding interval.
//
// The model is built once; disclosure control then hides figures one by one
// (conceal), which changes bounds and switches off percentage rows, never
// the structure.
#include <limits>
#include <string>
#include <vector>

#include "audit/disclosure_metadata.hpp"
#include "audit/figure.hpp"

namespace candour {

inline constexpr double unbounded = std::numeric_limits<double>::infinity();

struct ModelVariable {
    std::vector<std::size_t> figures;  // every figure showing it (none: never published)
    std::size_t key = 0;               // the first cell declared to hold it
    double low = 0;                    // what the published numbers allow
    double high = unbounded;
    bool hidden = false;   // shown as [c] somewhere
    bool rounded = false;  // shown as a rounded number
    // Shown as a number by a release still online: nothing done now can
    // take it back, so it can never be hidden to protect another figure.
    bool fixed = false;
    bool exact() const { return low == high; }
};

struct ModelRow {
    std::vector<std::pair<int, double>> terms;  // variable, coefficient
    double low = 0;                             // low <= sum of terms <= high
    double high = 0;
    const char* why = "";  // "a breakdown's groups add up to the overall figure"
    long percentage = -1;  // the cell of the percentage this row comes from; it holds while that is shown
};

class LinearModel {
public:
    // `names` must already hold every name the relations use (name_relations
    // in linked_groups.hpp), and outlive the model.
    LinearModel(const FigureNames& names, std::vector<Figure> figures, const DisclosureMetadata& meta);

    const std::vector<ModelVariable>& variables() const { return vars_; }
    const std::vector<ModelRow>& rows() const { return rows_; }
    const std::vector<Figure>& figures() const { return figures_; }
    const DisclosureMetadata& metadata() const { return meta_; }
    // A variable's first cell, in words.
    FigureKey key_of(int var) const { return names_.key(cells_[vars_[static_cast<std::size_t>(var)].key]); }
    FigureKey key_of_figure(std::size_t figure) const { return names_.key(figures_[figure].cell); }

    bool row_active(std::size_t row) const;
    // Rows that mention a variable.
    const std::vector<std::size_t>& rows_of(int var) const { return rows_of_[static_cast<std::size_t>(var)]; }
    // The variable a figure shows, or -1 (a percentage, or a median).
    int variable_of_figure(std::size_t figure) const { return figure_var_[figure]; }

    // Whether a reader must not be able to narrow this variable down: it is
    // hidden ([c]), or rounded (then it must at least not be pinned).
    bool protected_variable(int var) const;
    double required_width(int var) const;

    // Shows a figure as [c] from now on.
    void conceal(std::size_t figure);

    // Published numbers that contradict each other (one cell shown as two
    // different numbers, or outside what its own rounding allows).
    const std::vector<std::string>& contradictions() const { return contradictions_; }

private:
    struct Builder;
    void settle(int var);
    bool rounded_table(std::uint32_t table) const;

    const FigureNames& names_;
    std::vector<Figure> figures_;
    const DisclosureMetadata& meta_;
    std::vector<CellId> cells_;                          // each cell once
    std::vector<std::vector<std::size_t>> key_figures_;  // by cell
    std::vector<int> figure_var_;
    std::vector<ModelVariable> vars_;
    std::vector<ModelRow> rows_;
    std::vector<std::vector<std::size_t>> rows_of_;
    std::vector<std::string> contradictions_;
};

}  // namespace candour
