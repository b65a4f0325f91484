#include "disclose/internal/complement_choice.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <unordered_set>

#include "audit/glpk_problem.hpp"

namespace candour {

namespace {

constexpr double moved = 1e-6;  // movement below this is rounding noise

// Every variable joined to `start` by a relation, whatever is shown now: the
// figures a choice may hide. Percentage rows are left out: hiding a count
// behind a percentage hides the percentage too.
std::vector<int> structural_group(const LinearModel& model, int start) {
    std::vector<int> out{start};
    std::unordered_set<int> seen{start};  // as big as the group, not the model
    for (std::size_t i = 0; i < out.size(); ++i) {
        for (auto r : model.rows_of(out[i])) {
            if (model.rows()[r].percentage >= 0) continue;
            for (auto [v, _] : model.rows()[r].terms) {
                if (seen.insert(v).second) out.push_back(v);
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

struct Columns {
    int free_up, free_down, paid_up, paid_down;  // GLPK column numbers, 0 when absent
};

class ChoiceProblem {
public:
    ChoiceProblem(const LinearModel& model, const std::vector<double>& raw, const std::vector<int>& group)
        : model_(model), raw_(raw), group_(group), lp_(new_glpk_problem()) {
        glp_set_obj_dir(lp_.get(), GLP_MIN);
        for (int v : group_) add_columns(v);
        std::vector<std::size_t> rows;
        for (int v : group_) {
            for (auto r : model_.rows_of(v)) {
                if (model_.rows()[r].percentage < 0) rows.push_back(r);
            }
        }
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        for (auto r : rows) add_relation(model_.rows()[r]);
    }

    // The variables that must be hidden for `var` to move by `amount`
    // (negative: down), and the cost; nothing if it cannot move so far.
    std::optional<std::pair<double, std::vector<int>>> solve(int var, double amount) {
        int r = glp_add_rows(lp_.get(), 1);
        const Columns& c = columns_.at(var);
        std::vector<int> index{0};
        std::vector<double> coeff{0};
        for (auto [col, sign] :
             {std::pair{c.free_up, 1.0}, {c.paid_up, 1.0}, {c.free_down, -1.0}, {c.paid_down, -1.0}}) {
            if (!col) continue;
            index.push_back(col);
            coeff.push_back(sign);
        }
        glp_set_mat_row(lp_.get(), r, static_cast<int>(index.size()) - 1, index.data(), coeff.data());
        if (amount > 0)
            glp_set_row_bnds(lp_.get(), r, GLP_LO, amount, 0);
        else
            glp_set_row_bnds(lp_.get(), r, GLP_UP, 0, amount);
        glp_smcp parm;
        glp_init_smcp(&parm);
        parm.msg_lev = GLP_MSG_OFF;
        parm.presolve = GLP_ON;
        int rc = glp_simplex(lp_.get(), &parm);
        std::optional<std::pair<double, std::vector<int>>> out;
        if (rc == 0 && glp_get_status(lp_.get()) == GLP_OPT) out = {glp_get_obj_val(lp_.get()), paid()};
        int rows[2] = {0, r};
        glp_del_rows(lp_.get(), 1, rows);
        return out;
    }

private:
    int column(double upper, double cost) {
        int col = glp_add_cols(lp_.get(), 1);
        if (std::isfinite(upper))
            glp_set_col_bnds(lp_.get(), col, upper > 0 ? GLP_DB : GLP_FX, 0, std::max(0.0, upper));
        else
            glp_set_col_bnds(lp_.get(), col, GLP_LO, 0, 0);
        glp_set_obj_coef(lp_.get(), col, cost);
        return col;
    }

    // Free movement stays within what a reader already cannot tell apart;
    // paid movement beyond it hides the figure. Nothing goes below zero.
    void add_columns(int v) {
        const ModelVariable& var = model_.variables()[static_cast<std::size_t>(v)];
        double x = raw_[static_cast<std::size_t>(v)];
        double cost = 1 + x;
        Columns c{0, 0, 0, 0};
        if (var.fixed) {  // a release still online shows it: it cannot move
            columns_[v] = c;
            return;
        }
        if (var.figures.empty()) {  // never published: a reader knows only that it is not negative
            c.free_up = column(unbounded, 0);
            c.free_down = column(x, 0);
        } else if (var.exact()) {
            c.paid_up = column(unbounded, cost);
            c.paid_down = column(x, cost);
        } else if (var.hidden) {
            c.free_up = column(unbounded, 0);
            c.free_down = column(x, 0);
        } else {  // rounded
            c.free_up = column(var.high - x, 0);
            c.free_down = column(x - var.low, 0);
            c.paid_up = column(unbounded, cost);
            c.paid_down = column(x, cost);
            int r = glp_add_rows(lp_.get(), 1);  // free and paid together stay above zero
            int index[3] = {0, c.free_down, c.paid_down};
            double coeff[3] = {0, 1, 1};
            glp_set_mat_row(lp_.get(), r, 2, index, coeff);
            glp_set_row_bnds(lp_.get(), r, GLP_UP, 0, x);
        }
        columns_[v] = c;
    }

    // The moved figures must satisfy the relation as the true ones do.
    void add_relation(const ModelRow& row) {
        std::vector<int> index{0};
        std::vector<double> coeff{0};
        double at_truth = 0;
        for (auto [v, a] : row.terms) {
            at_truth += a * raw_[static_cast<std::size_t>(v)];
            const Columns& c = columns_.at(v);
            for (auto [col, sign] :
                 {std::pair{c.free_up, 1.0}, {c.paid_up, 1.0}, {c.free_down, -1.0}, {c.paid_down, -1.0}}) {
                if (!col) continue;
                index.push_back(col);
                coeff.push_back(sign * a);
            }
        }
        int r = glp_add_rows(lp_.get(), 1);
        double lo = row.low - at_truth, hi = row.high - at_truth;
        bool has_lo = std::isfinite(lo), has_hi = std::isfinite(hi);
        int type = has_lo && has_hi ? (row.low == row.high ? GLP_FX : GLP_DB)
                   : has_lo         ? GLP_LO
                   : has_hi         ? GLP_UP
                                    : GLP_FR;
        // The truth satisfies every relation; keep it inside despite rounding.
        glp_set_row_bnds(lp_.get(), r, type, has_lo ? std::min(lo, 0.0) : 0, has_hi ? std::max(hi, 0.0) : 0);
        if (type == GLP_FX) glp_set_row_bnds(lp_.get(), r, GLP_FX, 0, 0);
        glp_set_mat_row(lp_.get(), r, static_cast<int>(index.size()) - 1, index.data(), coeff.data());
    }

    std::vector<int> paid() const {
        std::vector<int> out;
        for (int v : group_) {
            const Columns& c = columns_.at(v);
            double amount = 0;
            for (int col : {c.paid_up, c.paid_down}) {
                if (col) amount += glp_get_col_prim(lp_.get(), col);
            }
            if (amount > moved) out.push_back(v);
        }
        return out;
    }

    const LinearModel& model_;
    const std::vector<double>& raw_;
    const std::vector<int>& group_;
    GlpkProblem lp_;
    std::map<int, Columns> columns_;
};

}  // namespace

std::vector<int> choose_complements(const LinearModel& model, const std::vector<double>& raw, const Exposure& exposed,
                                    double width) {
    std::vector<int> group = structural_group(model, exposed.var);
    ChoiceProblem problem(model, raw, group);
    double x = raw[static_cast<std::size_t>(exposed.var)];
    // Up: a reader must allow a value `width` above the lowest they can
    // rule out; down: `width` below the highest, if that stays above zero.
    auto up = problem.solve(exposed.var, exposed.low + width - x);
    std::optional<std::pair<double, std::vector<int>>> down;
    if (std::isfinite(exposed.high) && exposed.high - width >= 0)
        down = problem.solve(exposed.var, exposed.high - width - x);
    if (up && (!down || up->first <= down->first)) return up->second;
    if (down) return down->second;
    return {};
}

}  // namespace candour
