#include "disclose/internal/future_periods.hpp"

#include <fmt/format.h>

#include <map>
#include <utility>

namespace candour {

namespace {

// The first row of each problem, and how many more rows share it, so a
// typo copied down a whole column is one message, not hundreds.
struct Found {
    SourcePos pos;
    FuturePeriodProblem problem;
    int more = 0;
};

void report(const std::map<std::pair<std::string, std::string>, Found>& found, Diagnostics& diags) {
    for (const auto& [_, f] : found) {
        std::string message = f.problem.message;
        if (f.more > 0) message += fmt::format(" (and {} more {} below)", f.more, f.more == 1 ? "row" : "rows");
        diags.error(f.pos, message, f.problem.hint);
    }
}

void note(std::map<std::pair<std::string, std::string>, Found>& found, const SourcePos& pos, const Period& period,
          const FuturePeriodProblem& problem) {
    auto [it, inserted] = found.try_emplace({pos.file, period.code() + "\n" + problem.hint}, Found{pos, problem});
    if (!inserted) ++it->second.more;
}

}  // namespace

void check_future_periods(const RawKpi& kpi, const RawSurvey& survey, const FuturePeriodRule& rule,
                          Diagnostics& diags) {
    if (!rule.today) return;
    std::map<std::pair<std::string, std::string>, Found> found;
    for (const auto& obs : kpi.observations) {
        // A table without a status column can be given one: the hint says how.
        auto problem = future_period_problem(obs.period, obs.status == Status::provisional, true, rule);
        if (problem) note(found, kpi.pos(obs, Column::period), obs.period, *problem);
    }
    for (const auto& c : survey.counts) {
        // The ratings have no status column: they cannot be early figures.
        auto problem = future_period_problem(c.period, false, false, rule);
        if (problem) note(found, c.period_pos, c.period, *problem);
    }
    report(found, diags);
}

}  // namespace candour
