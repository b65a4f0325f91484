#include "audit/attacker.hpp"

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <unordered_set>

#include "audit/glpk_problem.hpp"

namespace candour {

namespace {

constexpr double integral_tolerance = 1e-6;

bool is_integral(double x) {
    return std::abs(x - std::round(x)) < integral_tolerance;
}

void set_bounds(glp_prob* lp, int index, double low, double high, bool row) {
    int type = GLP_FR;
    bool has_low = std::isfinite(low), has_high = std::isfinite(high);
    if (has_low && has_high)
        type = low == high ? GLP_FX : GLP_DB;
    else if (has_low)
        type = GLP_LO;
    else if (has_high)
        type = GLP_UP;
    double lo = has_low ? low : 0, hi = has_high ? high : 0;
    if (row)
        glp_set_row_bnds(lp, index, type, lo, hi);
    else
        glp_set_col_bnds(lp, index, type, lo, hi);
}

// One group as a GLPK problem: a column per variable, a row per relation in
// force, with pinned variables folded into the rows' bounds.
class GroupProblem {
public:
    GroupProblem(const LinearModel& model, const std::vector<int>& vars) : lp_(new_glpk_problem()) {
        const auto& all = model.variables();
        glp_add_cols(lp_.get(), static_cast<int>(vars.size()));
        for (std::size_t j = 0; j < vars.size(); ++j) {
            column_[vars[j]] = static_cast<int>(j) + 1;
            const ModelVariable& v = all[static_cast<std::size_t>(vars[j])];
            set_bounds(lp_.get(), static_cast<int>(j) + 1, v.low, v.high, false);
            glp_set_col_kind(lp_.get(), static_cast<int>(j) + 1, GLP_IV);
        }
        std::vector<std::size_t> rows;
        for (int v : vars) {
            for (auto r : model.rows_of(v)) {
                if (model.row_active(r)) rows.push_back(r);
            }
        }
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        for (auto r : rows) add_row(model, model.rows()[r]);
        glp_std_basis(lp_.get());
    }

    // The optimum of one column, or nothing when the system is infeasible.
    // Unbounded above gives infinity.
    std::optional<double> optimum(int var, bool maximise) {
        int col = column_.at(var);
        int n = glp_get_num_cols(lp_.get());
        for (int j = 1; j <= n; ++j) glp_set_obj_coef(lp_.get(), j, j == col ? 1.0 : 0.0);
        glp_set_obj_dir(lp_.get(), maximise ? GLP_MAX : GLP_MIN);
        glp_smcp parm;
        glp_init_smcp(&parm);
        parm.msg_lev = GLP_MSG_OFF;
        if (glp_simplex(lp_.get(), &parm) != 0) {
            glp_std_basis(lp_.get());
            if (glp_simplex(lp_.get(), &parm) != 0) return std::nullopt;
        }
        int status = glp_get_status(lp_.get());
        if (status == GLP_UNBND) return maximise ? unbounded : 0.0;
        if (status != GLP_OPT) return std::nullopt;
        double value = glp_get_obj_val(lp_.get());
        if (whole_number_solution()) return value;
        return integer_optimum(value, maximise);
    }

private:
    void add_row(const LinearModel& model, const ModelRow& row) {
        std::vector<int> index{0};
        std::vector<double> coeff{0};
        double constant = 0;
        for (auto [v, c] : row.terms) {
            auto it = column_.find(v);
            if (it != column_.end()) {
                index.push_back(it->second);
                coeff.push_back(c);
            } else {
                constant += c * model.variables()[static_cast<std::size_t>(v)].low;  // pinned
            }
        }
        int r = glp_add_rows(lp_.get(), 1);
        set_bounds(lp_.get(), r, row.low - constant, row.high - constant, true);
        glp_set_mat_row(lp_.get(), r, static_cast<int>(index.size()) - 1, index.data(), coeff.data());
    }

    bool whole_number_solution() const {
        int n = glp_get_num_cols(lp_.get());
        for (int j = 1; j <= n; ++j) {
            if (!is_integral(glp_get_col_prim(lp_.get(), j))) return false;
        }
        return true;
    }

    // Counts are whole numbers: where the linear optimum is fractional, a
    // reader reasoning in whole numbers may know more, so solve it exactly.
    double integer_optimum(double linear, bool maximise) {
        glp_iocp parm;
        glp_init_iocp(&parm);
        parm.msg_lev = GLP_MSG_OFF;
        parm.presolve = GLP_ON;
        parm.tm_lim = 10000;
        if (glp_intopt(lp_.get(), &parm) != 0 || glp_mip_status(lp_.get()) != GLP_OPT) {
            // No proof either way: the linear bound, which never claims more
            // protection than whole numbers give, rounded inwards.
            return maximise ? std::floor(linear + integral_tolerance) : std::ceil(linear - integral_tolerance);
        }
        return glp_mip_obj_val(lp_.get());
    }

    GlpkProblem lp_;
    std::map<int, int> column_;
};

}  // namespace

std::vector<int> component_of(const LinearModel& model, int start) {
    const auto& vars = model.variables();
    if (vars[static_cast<std::size_t>(start)].exact()) return {};
    std::vector<int> out{start};
    std::unordered_set<int> seen{start};  // as big as the group, not the model
    for (std::size_t i = 0; i < out.size(); ++i) {
        for (auto r : model.rows_of(out[i])) {
            if (!model.row_active(r)) continue;
            for (auto [v, _] : model.rows()[r].terms) {
                if (vars[static_cast<std::size_t>(v)].exact() || !seen.insert(v).second) continue;
                out.push_back(v);
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::vector<int>> attack_components(const LinearModel& model) {
    const auto& vars = model.variables();
    std::vector<bool> done(vars.size(), false);
    std::vector<std::vector<int>> out;
    for (std::size_t v = 0; v < vars.size(); ++v) {
        if (done[v] || vars[v].exact() || !model.protected_variable(static_cast<int>(v))) continue;
        auto group = component_of(model, static_cast<int>(v));
        for (int u : group) done[static_cast<std::size_t>(u)] = true;
        out.push_back(std::move(group));
    }
    return out;
}

std::vector<Exposure> attack_component(const LinearModel& model, const std::vector<int>& component) {
    std::vector<Exposure> out;
    GroupProblem problem(model, component);
    for (int v : component) {
        if (!model.protected_variable(v)) continue;
        Exposure e;
        e.var = v;
        auto low = problem.optimum(v, false);
        auto high = problem.optimum(v, true);
        if (!low || !high) {
            e.consistent = false;
        } else {
            e.low = std::ceil(*low - integral_tolerance) + 0.0;  // + 0.0: never "-0"
            e.high = std::isfinite(*high) ? std::floor(*high + integral_tolerance) + 0.0 : unbounded;
        }
        out.push_back(e);
    }
    return out;
}

std::vector<Exposure> exposed_by_publication(const LinearModel& model) {
    std::vector<Exposure> out;
    const auto& vars = model.variables();
    for (std::size_t v = 0; v < vars.size(); ++v) {
        if (vars[v].hidden && vars[v].exact()) out.push_back({static_cast<int>(v), vars[v].low, vars[v].high, true});
    }
    return out;
}

}  // namespace candour
