#include "audit/linear_model.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

#include <fmt/format.h>

#include "kpi/period.hpp"
#include "kpi/published_survey.hpp"

namespace candour {

namespace {

const std::vector<std::string> count_measures = {"value"};
const std::vector<std::string> percentage_measures = {"numerator", "denominator"};
const std::vector<std::string> no_measures = {};

// The counts behind an indicator's figures that a reader can add up.
const std::vector<std::string>& additive_measures(const Indicator* ind) {
    if (!ind) return no_measures;
    if (ind->unit == Unit::count) return count_measures;
    if (ind->unit == Unit::percentage) return percentage_measures;
    return no_measures;
}

bool is_survey(const std::string& table) { return table.rfind("survey/", 0) == 0; }

// The values a count rounded to `v` could have had (round half up).
std::pair<double, double> rounding_interval(double v, int base) {
    double half = base / 2.0;
    return {std::max(0.0, std::ceil(v - half)), std::ceil(v + half) - 1};
}

int financial_year_of(const Period& p) { return p.start_month() >= 4 ? p.start_year() : p.start_year() - 1; }

Period first_of_year(PeriodKind kind, int fy) {
    switch (kind) {
        case PeriodKind::month: return Period::month(fy, 4);
        case PeriodKind::financial_year: return Period::financial_year(fy);
        case PeriodKind::quarter: break;
    }
    return Period::quarter(fy, 1);
}

// Periods of `kind` from the start of p's financial year to the end of p.
std::vector<Period> year_to_date(const Period& p, PeriodKind kind) {
    std::vector<Period> out;
    for (Period x = first_of_year(kind, financial_year_of(p)); x.end_iso() <= p.end_iso(); x = x.next()) {
        out.push_back(x);
        if (out.size() > 12) break;
    }
    return out;
}

}  // namespace

// Expands the declared relations over the cells that are published.
struct LinearModel::Builder {
    LinearModel& m;
    std::vector<std::vector<std::size_t>> key_figures;  // key index -> figures
    std::vector<FigureKey> keys;
    std::unordered_map<std::string, std::size_t> key_index;
    std::vector<std::size_t> parent;  // union-find over keys
    struct KeyRow {
        std::vector<std::pair<std::size_t, double>> terms;
        double low, high;
        std::string why;
        long percentage;
    };
    std::vector<KeyRow> key_rows;
    // What each table publishes.
    std::map<std::string, std::set<std::string>> periods;
    std::map<std::string, std::set<std::pair<std::string, std::string>>> series;

    explicit Builder(LinearModel& model) : m(model) {}

    std::size_t key(const FigureKey& k) {
        auto [it, inserted] = key_index.emplace(k.id(), keys.size());
        if (inserted) {
            keys.push_back(k);
            key_figures.emplace_back();
            parent.push_back(parent.size());
        }
        return it->second;
    }
    std::size_t key(const std::string& table, const std::string& period, const std::string& b, const std::string& g,
                    const std::string& measure) {
        return key(FigureKey{table, period, b, g, measure});
    }
    std::size_t find(std::size_t k) {
        while (parent[k] != k) k = parent[k] = parent[parent[k]];
        return k;
    }
    void join(std::size_t a, std::size_t b) {
        a = find(a);
        b = find(b);
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }

    const Indicator* indicator(const std::string& id) const { return m.meta_.catalogue.indicator(id); }

    void add_sum(std::size_t total, const std::vector<std::size_t>& parts, std::string why) {
        KeyRow row{{}, 0, 0, std::move(why), -1};
        for (auto p : parts) row.terms.push_back({p, 1});
        row.terms.push_back({total, -1});
        key_rows.push_back(std::move(row));
    }
    void add_at_most(std::size_t small, std::size_t large, std::string why) {
        key_rows.push_back({{{small, 1}, {large, -1}}, -unbounded, 0, std::move(why), -1});
    }

    void index_figures() {
        for (std::size_t i = 0; i < m.figures_.size(); ++i) {
            const FigureKey& k = m.figures_[i].key;
            key_figures[key(k)].push_back(i);
            periods[k.table].insert(k.period);
            if (!k.breakdown.empty()) series[k.table].insert({k.breakdown, k.group});
        }
    }

    bool published(const std::string& table, const std::string& period, const std::string& b,
                   const std::vector<std::string>& groups, const std::string& measure) const {
        auto has = [&](const std::string& g, const std::string& bd) {
            return key_index.count(FigureKey{table, period, bd, g, measure}.id()) > 0;
        };
        if (has("", "")) return true;
        return std::any_of(groups.begin(), groups.end(), [&](const std::string& g) { return has(g, b); });
    }

    // The groups of breakdown b add up to the overall figure, or (groups that
    // overlap, with no such sum) each is at most the overall figure.
    void breakdown_relations(const Indicator& ind, const Breakdown& b) {
        for (const auto& measure : additive_measures(&ind)) {
            for (const auto& p : periods[ind.id]) {
                if (!published(ind.id, p, b.id, b.groups, measure)) continue;
                std::size_t total = key(ind.id, p, "", "", measure);
                if (!b.cross.empty()) {
                    cross_relations(ind, b, p, measure);
                    continue;
                }
                if (b.total_is_sum) {
                    std::vector<std::size_t> parts;
                    for (const auto& g : b.groups) parts.push_back(key(ind.id, p, b.id, g, measure));
                    add_sum(total, parts, fmt::format("the groups of breakdown {} add up to the overall figure", b.id));
                    continue;
                }
                for (const auto& g : b.groups) {
                    if (!key_index.count(FigureKey{ind.id, p, b.id, g, measure}.id())) continue;
                    add_at_most(key(ind.id, p, b.id, g, measure), total,
                                fmt::format("each group of breakdown {} is part of the overall figure", b.id));
                }
            }
        }
    }

    // A cross-tabulation adds up to each breakdown it crosses (when the
    // other one splits everyone) and, when both do, to the overall figure.
    void cross_relations(const Indicator& ind, const Breakdown& b, const std::string& p, const std::string& measure) {
        const Breakdown* first = m.meta_.catalogue.breakdown(b.cross[0]);
        const Breakdown* second = m.meta_.catalogue.breakdown(b.cross[1]);
        if (!first || !second) return;
        std::string why = fmt::format("the groups of breakdown {} add up to the groups it crosses", b.id);
        std::vector<std::size_t> all;
        for (const auto& g1 : first->groups) {
            std::vector<std::size_t> row;
            for (const auto& g2 : second->groups) row.push_back(key(ind.id, p, b.id, cross_group(g1, g2), measure));
            all.insert(all.end(), row.begin(), row.end());
            if (second->total_is_sum) add_sum(key(ind.id, p, first->id, g1, measure), row, why);
        }
        for (const auto& g2 : second->groups) {
            std::vector<std::size_t> column;
            for (const auto& g1 : first->groups) column.push_back(key(ind.id, p, b.id, cross_group(g1, g2), measure));
            if (first->total_is_sum) add_sum(key(ind.id, p, second->id, g2, measure), column, why);
        }
        if (first->total_is_sum && second->total_is_sum) add_sum(key(ind.id, p, "", "", measure), all, why);
    }

    // Every series of the indicator, the overall figure included.
    std::vector<std::pair<std::string, std::string>> series_of(const std::string& id) {
        std::vector<std::pair<std::string, std::string>> out = {{"", ""}};
        for (const auto& s : series[id]) out.push_back(s);
        return out;
    }

    void parts_relations(const Indicator& ind) {
        if (ind.parts.empty()) return;
        for (const auto& measure : additive_measures(&ind)) {
            for (const auto& p : periods[ind.id]) {
                for (const auto& [b, g] : series_of(ind.id)) {
                    if (!key_index.count(FigureKey{ind.id, p, b, g, measure}.id())) continue;
                    std::vector<std::size_t> parts;
                    for (const auto& part : ind.parts) parts.push_back(key(part, p, b, g, measure));
                    add_sum(key(ind.id, p, b, g, measure), parts,
                            fmt::format("the indicators listed as parts of {} add up to it", ind.id));
                }
            }
        }
    }

    // "numerator: charges": the same counts shown twice are one variable.
    void same_figure_relations(const Indicator& ind, const std::string& of, const std::string& measure) {
        if (of.empty()) return;
        for (const auto& p : periods[ind.id]) {
            for (const auto& [b, g] : series_of(ind.id)) {
                if (!key_index.count(FigureKey{ind.id, p, b, g, measure}.id())) continue;
                join(key(ind.id, p, b, g, measure), key(of, p, b, g, "value"));
            }
        }
    }

    void year_to_date_relations(const Indicator& ind) {
        const Indicator* of = indicator(ind.year_to_date_of);
        if (!of) return;
        for (const auto& measure : additive_measures(&ind)) {
            for (const auto& code : periods[ind.id]) {
                auto p = Period::parse(code);
                if (!p) continue;
                for (const auto& [b, g] : series_of(ind.id)) {
                    if (!key_index.count(FigureKey{ind.id, code, b, g, measure}.id())) continue;
                    std::vector<std::size_t> parts;
                    for (const auto& q : year_to_date(*p, of->frequency)) parts.push_back(key(of->id, q.code(), b, g, measure));
                    add_sum(key(ind.id, code, b, g, measure), parts,
                            fmt::format("{} is the year-to-date total of {}", ind.id, of->id));
                }
            }
        }
    }

    // Numerator at most denominator; and a shown percentage confines their
    // ratio to its rounding interval (suppression only: with rounding, the
    // percentage is worked out from the rounded counts and says no more).
    void percentage_relations(const Indicator& ind) {
        if (ind.unit != Unit::percentage) return;
        for (const auto& p : periods[ind.id]) {
            for (const auto& [b, g] : series_of(ind.id)) {
                std::string value_id = FigureKey{ind.id, p, b, g, "value"}.id();
                bool any = key_index.count(value_id) || key_index.count(FigureKey{ind.id, p, b, g, "numerator"}.id());
                if (!any) continue;
                std::size_t n = key(ind.id, p, b, g, "numerator");
                std::size_t d = key(ind.id, p, b, g, "denominator");
                add_at_most(n, d, "a numerator is at most its denominator");
                auto it = key_index.find(value_id);
                if (m.meta_.rounded || it == key_index.end()) continue;
                ratio_rows(it->second, n, d);
            }
        }
    }

    void ratio_rows(std::size_t pct, std::size_t n, std::size_t d) {
        const Figure* shown = nullptr;
        for (auto f : key_figures[pct]) {
            if (m.figures_[f].number) shown = &m.figures_[f];
        }
        // Built for a hidden percentage too, switched off until it is shown.
        const Figure& f = shown ? *shown : m.figures_[key_figures[pct].front()];
        double v = f.number.value_or(0);
        double half = 0.5 * std::pow(10.0, -f.decimals);
        constexpr double slack = 1e-9;  // floating point: never exclude the true value
        std::string why = "the percentage is the numerator over the denominator, rounded";
        // 100 n - (v + half) d < 0, and 100 n - (v - half) d >= 0
        key_rows.push_back({{{n, 100}, {d, -(v + half + slack)}}, -unbounded, 0, why, static_cast<long>(pct)});
        key_rows.push_back({{{n, 100}, {d, -(v - half - slack)}}, 0, unbounded, why, static_cast<long>(pct)});
    }

    // Each period's ratings add up to its total, and the periods add up to
    // the cumulative row ("all").
    void survey_relations(const std::string& theme) {
        std::string table = "survey/" + theme;
        std::vector<std::string> columns;
        for (const auto& r : survey_ratings) columns.push_back(r.id);
        std::vector<std::string> row_periods;
        for (const auto& p : periods[table]) {
            if (p != "all") row_periods.push_back(p);
        }
        for (const auto& p : periods[table]) {
            std::vector<std::size_t> parts;
            for (const auto& c : columns) parts.push_back(key(table, p, "rating", c, "value"));
            add_sum(key(table, p, "", "", "value"), parts, "the ratings add up to the total interviewed");
        }
        if (!periods[table].count("all")) return;
        columns.push_back("");
        for (const auto& c : columns) {
            std::string b = c.empty() ? "" : "rating";
            std::vector<std::size_t> parts;
            for (const auto& p : row_periods) parts.push_back(key(table, p, b, c, "value"));
            add_sum(key(table, "all", b, c, "value"), parts, "the periods add up to the cumulative row");
        }
    }

    void expand() {
        for (const auto& ind : m.meta_.catalogue.indicators) {
            same_figure_relations(ind, ind.numerator_of, "numerator");
            same_figure_relations(ind, ind.denominator_of, "denominator");
        }
        for (const auto& ind : m.meta_.catalogue.indicators) {
            for (const auto& b : ind.breakdowns) {
                if (const Breakdown* def = m.meta_.catalogue.breakdown(b)) breakdown_relations(ind, *def);
            }
            parts_relations(ind);
            year_to_date_relations(ind);
            percentage_relations(ind);
        }
        for (const auto& theme : m.meta_.survey_themes) survey_relations(theme);
    }

    bool additive_key(const FigureKey& k) const {
        if (is_survey(k.table)) return true;
        const auto& measures = additive_measures(indicator(k.table));
        return std::find(measures.begin(), measures.end(), k.measure) != measures.end();
    }

    // Variables for additive cells, one per set of cells declared equal.
    void make_variables(std::vector<int>& key_var) {
        key_var.assign(keys.size(), -1);
        std::vector<int> root_var(keys.size(), -1);
        for (std::size_t k = 0; k < keys.size(); ++k) {
            if (!additive_key(keys[k])) continue;
            std::size_t r = find(k);
            if (root_var[r] < 0) {
                root_var[r] = static_cast<int>(m.vars_.size());
                m.vars_.push_back({keys[r], {}, 0, unbounded, false, false});
            }
            key_var[k] = root_var[r];
            auto& figs = m.vars_[static_cast<std::size_t>(root_var[r])].figures;
            figs.insert(figs.end(), key_figures[k].begin(), key_figures[k].end());
            m.var_by_key_[keys[k].id()] = root_var[r];
        }
    }

    void make_rows(const std::vector<int>& key_var) {
        for (auto& kr : key_rows) {
            std::map<int, double> terms;
            bool usable = true;
            for (auto [k, coeff] : kr.terms) {
                if (key_var[k] < 0) usable = false;
                else terms[key_var[k]] += coeff;
            }
            if (!usable) continue;
            ModelRow row{{}, kr.low, kr.high, std::move(kr.why), kr.percentage};
            for (auto [v, c] : terms) {
                if (c != 0) row.terms.push_back({v, c});
            }
            if (!row.terms.empty()) m.rows_.push_back(std::move(row));
        }
    }

    void build() {
        index_figures();
        expand();
        std::vector<int> key_var;
        make_variables(key_var);
        make_rows(key_var);
        for (std::size_t k = 0; k < keys.size(); ++k) m.figure_by_key_[keys[k].id()] = key_figures[k].empty() ? -1 : static_cast<long>(key_figures[k].front());
        m.percentage_figures_.resize(keys.size());
        for (auto& row : m.rows_) {
            if (row.percentage < 0) continue;
            m.percentage_figures_[static_cast<std::size_t>(row.percentage)] = key_figures[static_cast<std::size_t>(row.percentage)];
        }
    }
};

LinearModel::LinearModel(std::vector<Figure> figures, const DisclosureMetadata& meta)
    : figures_(std::move(figures)), meta_(meta) {
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
    const auto& figs = percentage_figures_[static_cast<std::size_t>(pct)];
    return std::any_of(figs.begin(), figs.end(), [&](std::size_t f) { return figures_[f].number.has_value(); });
}

int LinearModel::variable_of(const std::string& key_id) const {
    auto it = var_by_key_.find(key_id);
    return it == var_by_key_.end() ? -1 : it->second;
}

long LinearModel::figure_of(const std::string& key_id) const {
    auto it = figure_by_key_.find(key_id);
    return it == figure_by_key_.end() ? -1 : it->second;
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

void LinearModel::conceal(const std::string& key_id) {
    long f = figure_of(key_id);
    if (f < 0) return;
    Figure& fig = figures_[static_cast<std::size_t>(f)];
    fig.number.reset();
    fig.symbol = "[c]";
    int var = variable_of(key_id);
    if (var >= 0) settle(var);
}

void LinearModel::settle(int var) {
    ModelVariable& v = vars_[static_cast<std::size_t>(var)];
    v.low = 0;
    v.high = unbounded;
    v.hidden = v.rounded = false;
    for (auto f : v.figures) {
        const Figure& fig = figures_[f];
        if (!fig.number) {
            v.hidden = v.hidden || fig.hidden();
            continue;
        }
        double lo = *fig.number, hi = *fig.number;
        if (meta_.rounded) {
            std::tie(lo, hi) = rounding_interval(*fig.number, meta_.rounding_base);
            v.rounded = true;
        }
        if (lo > v.high || hi < v.low) {
            contradictions_.push_back(fmt::format("{} is published as two different figures", v.key.label()));
            continue;
        }
        v.low = std::max(v.low, lo);
        v.high = std::min(v.high, hi);
    }
    // A number shown anywhere is what a reader knows, whatever [c] says elsewhere.
    if (v.exact()) v.rounded = false;
}

}  // namespace candour
