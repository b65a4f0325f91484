#include "audit/linear_model.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "audit/union_find.hpp"
#include "kpi/period.hpp"
#include "kpi/published_survey.hpp"

namespace candour {

namespace {

// The counts behind an indicator's figures that a reader can add up.
std::vector<Measure> additive_measures(const Indicator* ind) {
    if (!ind) return {};
    if (ind->unit == Unit::count) return {Measure::value};
    if (ind->unit == Unit::percentage) return {Measure::numerator, Measure::denominator};
    return {};
}

bool is_survey(const std::string& table) {
    return table.rfind("survey/", 0) == 0;
}

// The values a count rounded to `v` could have had (round half up).
std::pair<double, double> rounding_interval(double v, int base) {
    double half = base / 2.0;
    return {std::max(0.0, std::ceil(v - half)), std::ceil(v + half) - 1};
}

}  // namespace

// Expands the declared relations over the cells that are published.
struct LinearModel::Builder {
    LinearModel& m;
    const FigureNames& names;
    std::unordered_map<std::uint64_t, std::size_t> cell_index;
    UnionFind equal;  // cells declared to be the same count
    struct CellRow {
        std::vector<std::pair<std::size_t, double>> terms;
        double low, high;
        const char* why;
        long percentage;
    };
    std::vector<CellRow> cell_rows;
    // What each table publishes, in the edition being expanded (`ed`):
    // each release still online holds its own relations among its own figures.
    std::map<std::uint32_t, std::set<std::uint32_t>> table_periods;
    std::map<std::uint32_t, std::set<std::uint32_t>> table_series;  // the overall figure included
    struct Edition {
        std::map<std::uint32_t, std::set<std::uint32_t>> table_periods, table_series;
    };
    std::map<std::uint8_t, Edition> editions;
    std::uint8_t ed = FigureNames::current;
    std::map<std::string, std::vector<std::uint32_t>> breakdown_series;
    static constexpr std::uint32_t overall = FigureNames::overall;

    Builder(LinearModel& model) : m(model), names(model.names_) {}

    std::size_t cell(std::uint32_t t, std::uint32_t p, std::uint32_t s, Measure measure) {
        CellId id{t, p, s, measure, ed};
        auto [it, inserted] = cell_index.emplace(id.code(), m.cells_.size());
        if (inserted) {
            m.cells_.push_back(id);
            m.key_figures_.emplace_back();
            equal.add();
        }
        return it->second;
    }
    bool has(std::uint32_t t, std::uint32_t p, std::uint32_t s, Measure measure) const {
        return cell_index.count(CellId{t, p, s, measure, ed}.code()) > 0;
    }

    const Indicator* indicator(std::uint32_t t) const { return m.meta_.catalogue.indicator(names.table_name(t)); }
    std::uint32_t table_of(const std::string& id) const { return names.find_table(id).value_or(0); }

    void add_sum(std::size_t total, const std::vector<std::size_t>& parts, const char* why) {
        CellRow row{{}, 0, 0, why, -1};
        for (auto p : parts) row.terms.push_back({p, 1});
        row.terms.push_back({total, -1});
        cell_rows.push_back(std::move(row));
    }
    void add_at_most(std::size_t small, std::size_t large, const char* why) {
        cell_rows.push_back({{{small, 1}, {large, -1}}, -unbounded, 0, why, -1});
    }

    void index_figures() {
        for (std::size_t i = 0; i < m.figures_.size(); ++i) {
            const CellId& c = m.figures_[i].cell;
            ed = c.edition;
            m.key_figures_[cell(c.table, c.period, c.series, c.measure)].push_back(i);
            editions[c.edition].table_periods[c.table].insert(c.period);
            editions[c.edition].table_series[c.table].insert(c.series);
        }
        for (auto& [_, e] : editions) {
            for (auto& [t, s] : e.table_series) s.insert(overall);
        }
        ed = FigureNames::current;
    }

    // A figure a release published is the same count now unless the later
    // edition marks it revised: a reader joins the editions through it.
    void edition_joins() {
        if (editions.size() < 2) return;
        std::vector<int> rank(256, 0);
        auto order = names.editions_in_order();
        for (std::size_t i = 0; i < order.size(); ++i) rank[order[i]] = static_cast<int>(i);
        std::unordered_map<std::uint64_t, std::vector<std::size_t>> by_cell;  // published cells, every edition
        for (std::size_t c = 0; c < m.cells_.size(); ++c) {
            if (!m.key_figures_[c].empty()) by_cell[m.cells_[c].same_cell_code()].push_back(c);
        }
        auto all = names.find_period("all");
        for (auto& [_, cells] : by_cell) {
            if (cells.size() < 2) continue;
            // The interview ratings' cumulative row grows with every period:
            // each edition's is its own figure.
            if (all && m.cells_[cells.front()].period == *all) continue;
            std::sort(cells.begin(), cells.end(), [&](std::size_t a, std::size_t b) {
                return rank[m.cells_[a].edition] < rank[m.cells_[b].edition];
            });
            for (std::size_t i = 1; i < cells.size(); ++i) {
                const auto& figs = m.key_figures_[cells[i]];
                bool revised =
                    std::any_of(figs.begin(), figs.end(), [&](std::size_t f) { return m.figures_[f].revised; });
                if (!revised) equal.join(cells[i - 1], cells[i]);
            }
        }
    }

    const std::vector<std::uint32_t>& group_series(const Breakdown& b) {
        auto [it, inserted] = breakdown_series.try_emplace(b.id);
        if (inserted) {
            for (const auto& g : b.groups) it->second.push_back(names.find_series(b.id, g).value_or(overall));
        }
        return it->second;
    }

    // The groups of a breakdown add up to the overall figure, or (groups
    // that overlap, with no such sum) each is at most the overall figure.
    void breakdown_relations(std::uint32_t t, const Indicator& ind, const Breakdown& b) {
        if (!b.cross.empty()) return cross_relations(t, ind, b);
        const auto& groups = group_series(b);
        for (Measure measure : additive_measures(&ind)) {
            for (std::uint32_t p : table_periods[t]) {
                bool any =
                    has(t, p, overall, measure) ||
                    std::any_of(groups.begin(), groups.end(), [&](std::uint32_t g) { return has(t, p, g, measure); });
                if (!any) continue;
                std::size_t total = cell(t, p, overall, measure);
                if (b.total_is_sum) {
                    std::vector<std::size_t> parts;
                    for (auto g : groups) parts.push_back(cell(t, p, g, measure));
                    add_sum(total, parts, "a breakdown's groups add up to the overall figure");
                    continue;
                }
                for (auto g : groups) {
                    if (has(t, p, g, measure))
                        add_at_most(cell(t, p, g, measure), total, "each group is part of the whole");
                }
            }
        }
    }

    // A cross-tabulation adds up to each breakdown it crosses (when the
    // other one splits everyone) and, when both do, to the overall figure.
    void cross_relations(std::uint32_t t, const Indicator& ind, const Breakdown& b) {
        const Breakdown* first = m.meta_.catalogue.breakdown(b.cross[0]);
        const Breakdown* second = m.meta_.catalogue.breakdown(b.cross[1]);
        if (!first || !second) return;
        const char* why = "a cross-tabulation adds up to the breakdowns it crosses";
        const auto& cells = group_series(b);  // first's groups by second's, in that order
        const auto& rows = group_series(*first);
        const auto& columns = group_series(*second);
        if (cells.size() != rows.size() * columns.size()) return;
        for (Measure measure : additive_measures(&ind)) {
            for (std::uint32_t p : table_periods[t]) {
                auto at = [&](std::size_t r, std::size_t c) {
                    return cell(t, p, cells[r * columns.size() + c], measure);
                };
                std::vector<std::size_t> all;
                for (std::size_t r = 0; r < rows.size(); ++r) {
                    std::vector<std::size_t> row;
                    for (std::size_t c = 0; c < columns.size(); ++c) row.push_back(at(r, c));
                    all.insert(all.end(), row.begin(), row.end());
                    if (second->total_is_sum) add_sum(cell(t, p, rows[r], measure), row, why);
                }
                for (std::size_t c = 0; c < columns.size(); ++c) {
                    std::vector<std::size_t> column;
                    for (std::size_t r = 0; r < rows.size(); ++r) column.push_back(at(r, c));
                    if (first->total_is_sum) add_sum(cell(t, p, columns[c], measure), column, why);
                }
                if (first->total_is_sum && second->total_is_sum) add_sum(cell(t, p, overall, measure), all, why);
            }
        }
    }

    void parts_relations(std::uint32_t t, const Indicator& ind) {
        if (ind.parts.empty()) return;
        std::vector<std::uint32_t> part_tables;
        for (const auto& part : ind.parts) part_tables.push_back(table_of(part));
        for (Measure measure : additive_measures(&ind)) {
            for (std::uint32_t p : table_periods[t]) {
                for (std::uint32_t s : table_series[t]) {
                    if (!has(t, p, s, measure)) continue;
                    std::vector<std::size_t> parts;
                    for (auto pt : part_tables) parts.push_back(cell(pt, p, s, measure));
                    add_sum(cell(t, p, s, measure), parts, "indicators listed as parts add up to it");
                }
            }
        }
    }

    // "numerator: charges": the same counts shown twice are one variable.
    void same_figure_relations(std::uint32_t t, const std::string& of, Measure measure) {
        if (of.empty()) return;
        std::uint32_t other = table_of(of);
        for (std::uint32_t p : table_periods[t]) {
            for (std::uint32_t s : table_series[t]) {
                if (has(t, p, s, measure)) equal.join(cell(t, p, s, measure), cell(other, p, s, Measure::value));
            }
        }
    }

    void year_to_date_relations(std::uint32_t t, const Indicator& ind) {
        const Indicator* of = m.meta_.catalogue.indicator(ind.year_to_date_of);
        if (!of) return;
        std::uint32_t other = table_of(of->id);
        for (std::uint32_t p : table_periods[t]) {
            auto period = Period::parse(names.period_name(p));
            if (!period) continue;
            std::vector<std::uint32_t> earlier;
            for (const auto& q : period->year_to_date(of->frequency)) {
                if (auto id = names.find_period(q.code())) earlier.push_back(*id);
            }
            for (Measure measure : additive_measures(&ind)) {
                for (std::uint32_t s : table_series[t]) {
                    if (!has(t, p, s, measure)) continue;
                    std::vector<std::size_t> parts;
                    for (auto q : earlier) parts.push_back(cell(other, q, s, measure));
                    add_sum(cell(t, p, s, measure), parts, "a year-to-date figure adds up the periods since April");
                }
            }
        }
    }

    // Numerator at most denominator; and a shown percentage confines their
    // ratio to its rounding interval (suppression only: with rounding, the
    // percentage is worked out from the rounded counts and says no more).
    void percentage_relations(std::uint32_t t, const Indicator& ind) {
        if (ind.unit != Unit::percentage) return;
        for (std::uint32_t p : table_periods[t]) {
            for (std::uint32_t s : table_series[t]) {
                if (!has(t, p, s, Measure::value) && !has(t, p, s, Measure::numerator)) continue;
                std::size_t n = cell(t, p, s, Measure::numerator), d = cell(t, p, s, Measure::denominator);
                add_at_most(n, d, "a numerator is at most its denominator");
                if (!m.rounded_table(t) && has(t, p, s, Measure::value))
                    ratio_rows(cell(t, p, s, Measure::value), n, d);
            }
        }
    }

    void ratio_rows(std::size_t pct, std::size_t n, std::size_t d) {
        const auto& figs = m.key_figures_[pct];
        if (figs.empty()) return;
        const Figure* shown = &m.figures_[figs.front()];
        for (auto f : figs) {
            if (m.figures_[f].number) shown = &m.figures_[f];
        }
        // Built for a hidden percentage too, switched off until it is shown.
        double v = shown->number.value_or(0);
        double half = 0.5 * std::pow(10.0, -shown->decimals);
        constexpr double slack = 1e-9;  // floating point must never exclude the true value
        const char* why = "a percentage is its numerator over its denominator, rounded";
        // 100 n - (v + half) d < 0, and 100 n - (v - half) d >= 0
        cell_rows.push_back({{{n, 100}, {d, -(v + half + slack)}}, -unbounded, 0, why, static_cast<long>(pct)});
        cell_rows.push_back({{{n, 100}, {d, -(v - half - slack)}}, 0, unbounded, why, static_cast<long>(pct)});
    }

    // Each breakdown's groups add up to the theme's ratings, cell by cell:
    // every period (and the cumulative row), every rating and the total.
    void survey_group_relations(const std::string& theme) {
        auto found = names.find_table(survey_table_name(theme));
        if (!found) return;
        std::vector<std::uint32_t> series = {overall};
        for (const auto& r : survey_ratings) series.push_back(names.find_series("rating", r.id).value_or(overall));
        for (const auto& b : m.meta_.survey_breakdowns) {
            std::vector<std::uint32_t> groups;
            for (const auto& g : b.groups) {
                if (auto t = names.find_table(survey_table_name(theme, b.id, g))) groups.push_back(*t);
            }
            if (groups.empty()) continue;  // not given for this theme
            std::set<std::uint32_t> periods = table_periods[*found];
            for (auto g : groups) periods.insert(table_periods[g].begin(), table_periods[g].end());
            for (auto p : periods) {
                for (auto s : series) {
                    std::vector<std::size_t> parts;
                    for (auto g : groups) parts.push_back(cell(g, p, s, Measure::value));
                    add_sum(cell(*found, p, s, Measure::value), parts,
                            "a breakdown's groups add up to the overall interview ratings");
                }
            }
        }
    }

    // Each period's ratings add up to its total, and the periods add up to
    // the cumulative row ("all").
    void survey_relations(const std::string& table_name) {
        auto found = names.find_table(table_name);
        auto all = names.find_period("all");
        if (!found || !all) return;
        std::uint32_t t = *found;
        std::vector<std::uint32_t> ratings;
        for (const auto& r : survey_ratings) ratings.push_back(names.find_series("rating", r.id).value_or(overall));
        std::vector<std::uint32_t> rows;
        for (auto p : table_periods[t]) {
            if (p != *all) rows.push_back(p);
        }
        for (auto p : table_periods[t]) {
            std::vector<std::size_t> parts;
            for (auto r : ratings) parts.push_back(cell(t, p, r, Measure::value));
            add_sum(cell(t, p, overall, Measure::value), parts, "the ratings add up to the total interviewed");
        }
        if (!table_periods[t].count(*all)) return;
        ratings.push_back(overall);
        for (auto r : ratings) {
            std::vector<std::size_t> parts;
            for (auto p : rows) parts.push_back(cell(t, p, r, Measure::value));
            add_sum(cell(t, *all, r, Measure::value), parts, "the periods add up to the cumulative row");
        }
    }

    void expand() {
        for (auto& [e, published] : editions) {
            ed = e;
            table_periods = std::move(published.table_periods);
            table_series = std::move(published.table_series);
            expand_edition();
        }
        ed = FigureNames::current;
    }

    void expand_edition() {
        std::vector<std::pair<std::uint32_t, const Indicator*>> published;
        for (const auto& [t, _] : table_periods) {
            if (const Indicator* ind = indicator(t)) published.push_back({t, ind});
        }
        for (auto [t, ind] : published) {
            same_figure_relations(t, ind->numerator_of, Measure::numerator);
            same_figure_relations(t, ind->denominator_of, Measure::denominator);
        }
        for (auto [t, ind] : published) {
            for (const auto& b : ind->breakdowns) {
                if (const Breakdown* def = m.meta_.catalogue.breakdown(b)) breakdown_relations(t, *ind, *def);
            }
            parts_relations(t, *ind);
            year_to_date_relations(t, *ind);
            percentage_relations(t, *ind);
        }
        for (const auto& theme : m.meta_.survey_themes) {
            survey_relations(survey_table_name(theme));
            for (const auto& b : m.meta_.survey_breakdowns) {
                for (const auto& g : b.groups) {
                    if (names.find_table(survey_table_name(theme, b.id, g)))
                        survey_relations(survey_table_name(theme, b.id, g));
                }
            }
            survey_group_relations(theme);
        }
    }

    bool additive_cell(std::size_t c) const {
        const CellId& id = m.cells_[c];
        const std::string& table = names.table_name(id.table);
        if (is_survey(table)) return true;
        auto measures = additive_measures(m.meta_.catalogue.indicator(table));
        return std::find(measures.begin(), measures.end(), id.measure) != measures.end();
    }

    // Variables for additive cells, one per set of cells declared equal.
    void make_variables(std::vector<int>& cell_var) {
        cell_var.assign(m.cells_.size(), -1);
        std::vector<int> root_var(m.cells_.size(), -1);
        m.figure_var_.assign(m.figures_.size(), -1);
        for (std::size_t c = 0; c < m.cells_.size(); ++c) {
            if (!additive_cell(c)) continue;
            std::size_t r = equal.find(c);
            if (root_var[r] < 0) {
                root_var[r] = static_cast<int>(m.vars_.size());
                ModelVariable v;
                v.key = r;
                m.vars_.push_back(std::move(v));
            }
            cell_var[c] = root_var[r];
            auto& figs = m.vars_[static_cast<std::size_t>(root_var[r])].figures;
            figs.insert(figs.end(), m.key_figures_[c].begin(), m.key_figures_[c].end());
            for (auto f : m.key_figures_[c]) m.figure_var_[f] = root_var[r];
        }
    }

    void make_rows(const std::vector<int>& cell_var) {
        for (auto& cr : cell_rows) {
            ModelRow row{{}, cr.low, cr.high, cr.why, cr.percentage};
            bool usable = true;
            for (auto [c, coeff] : cr.terms) {
                int v = cell_var[c];
                if (v < 0) {
                    usable = false;
                    break;
                }
                auto same =
                    std::find_if(row.terms.begin(), row.terms.end(), [&](const auto& t) { return t.first == v; });
                if (same == row.terms.end())
                    row.terms.push_back({v, coeff});
                else
                    same->second += coeff;
            }
            row.terms.erase(
                std::remove_if(row.terms.begin(), row.terms.end(), [](const auto& t) { return t.second == 0; }),
                row.terms.end());
            if (usable && !row.terms.empty()) m.rows_.push_back(std::move(row));
        }
    }

    void build() {
        index_figures();
        expand();
        edition_joins();
        std::vector<int> cell_var;
        make_variables(cell_var);
        make_rows(cell_var);
    }
};

LinearModel::LinearModel(const FigureNames& names, std::vector<Figure> figures, const DisclosureMetadata& meta)
    : names_(names), figures_(std::move(figures)), meta_(meta) {
    Builder(*this).build();
    rows_of_.resize(vars_.size());
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        for (auto [v, _] : rows_[r].terms) rows_of_[static_cast<std::size_t>(v)].push_back(r);
    }
    for (std::size_t v = 0; v < vars_.size(); ++v) settle(static_cast<int>(v));
}

bool LinearModel::row_active(std::size_t row) const {
    long pct = rows_[row].percentage;
    if (pct < 0) return true;
    const auto& figs = key_figures_[static_cast<std::size_t>(pct)];
    return std::any_of(figs.begin(), figs.end(), [&](std::size_t f) { return figures_[f].number.has_value(); });
}

// The site's method, unless the indicator has its own rule (catalogue
// 'disclosure:'): then its figures are rounded only under 'method: round'.
bool LinearModel::rounded_table(std::uint32_t table) const {
    return rounded_figures(meta_, names_.table_name(table));
}

bool LinearModel::protected_variable(int var) const {
    const ModelVariable& v = vars_[static_cast<std::size_t>(var)];
    return v.hidden || v.rounded;
}

// A hidden figure must keep at least the site's width; a rounded one, whose
// rounding already hides it, must at least not be pinned to one value.
double LinearModel::required_width(int var) const {
    return vars_[static_cast<std::size_t>(var)].hidden ? meta_.protection_width : 1;
}

void LinearModel::conceal(std::size_t figure) {
    Figure& fig = figures_[figure];
    fig.number.reset();
    fig.symbol = 'c';
    if (figure_var_[figure] >= 0) settle(figure_var_[figure]);
}

void LinearModel::settle(int var) {
    ModelVariable& v = vars_[static_cast<std::size_t>(var)];
    v.low = 0;
    v.high = unbounded;
    v.hidden = v.rounded = v.fixed = false;
    for (auto f : v.figures) {
        const Figure& fig = figures_[f];
        if (fig.number && fig.cell.edition != FigureNames::current) v.fixed = true;
        if (!fig.number) {
            v.hidden = v.hidden || fig.hidden();
            continue;
        }
        double lo = *fig.number, hi = *fig.number;
        if (rounded_table(fig.cell.table)) {
            std::tie(lo, hi) = rounding_interval(*fig.number, meta_.rounding_base);
            v.rounded = true;
        }
        if (lo > v.high || hi < v.low) {
            contradictions_.push_back(fmt::format("{} is published as two different figures", key_of(var).label()));
            continue;
        }
        v.low = std::max(v.low, lo);
        v.high = std::min(v.high, hi);
    }
    // A number shown anywhere is what a reader knows, whatever [c] says elsewhere.
    if (v.exact()) v.rounded = false;
}

}  // namespace candour
