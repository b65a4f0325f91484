#include "disclose/internal/linked_suppression.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "audit/attacker.hpp"
#include "audit/linear_model.hpp"
#include "audit/linked_groups.hpp"
#include "disclose/internal/complement_choice.hpp"
#include "io/parallel.hpp"

namespace candour {

namespace {

// One group of linked tables: its figures are members[i] of the whole list.
class LinkedSuppression {
public:
    LinkedSuppression(DecidedFigures& figures, const PublishedFigures& published, std::vector<std::size_t> members,
                      const DisclosureMetadata& meta)
        : figures_(figures),
          members_(std::move(members)),
          model_(published.names, subset(published.figures, members_), meta) {
        // Never published, or hidden in a release and revised since (its
        // truth then is not kept): assumed 0, so it may only rise.
        raw_.assign(model_.variables().size(), 0);
        for (std::size_t v = 0; v < raw_.size(); ++v) {
            for (auto f : model_.variables()[v].figures) {
                if (!released(f)) {
                    raw_[v] = decided(f).raw;
                    break;
                }
                if (model_.figures()[f].number) raw_[v] = *model_.figures()[f].number;
            }
        }
    }

    bool run(LinkedProblem& problem) {
        hide_everywhere_hidden();
        // Hidden now, but a release still online shows it: nothing can help.
        for (const auto& e : exposed_by_publication(model_)) {
            problem = beyond_repair(e);
            return false;
        }
        std::vector<bool> done(raw_.size(), false);
        for (const auto& group : attack_components(model_)) {
            if (done[static_cast<std::size_t>(group.front())]) continue;
            if (!protect_group(group.front(), done, problem)) return false;
        }
        return true;
    }

    std::vector<SecondaryDecision> decisions;

private:
    static std::vector<Figure> subset(const std::vector<Figure>& all, const std::vector<std::size_t>& members) {
        std::vector<Figure> out;
        out.reserve(members.size());
        for (auto i : members) out.push_back(all[i]);
        return out;
    }

    DecidedFigure& decided(std::size_t local) { return figures_.all()[members_[local]]; }
    // A figure of a release still online: published, never decided again.
    bool released(std::size_t local) const { return members_[local] >= figures_.all().size(); }

    std::size_t local_of(std::size_t global) const {
        return static_cast<std::size_t>(std::lower_bound(members_.begin(), members_.end(), global) - members_.begin());
    }

    // A count shown in one table and hidden in another is not hidden.
    void hide_everywhere_hidden() {
        for (std::size_t v = 0; v < raw_.size(); ++v) {
            const auto& var = model_.variables()[v];
            if (!var.hidden || var.figures.size() < 2) continue;
            std::string release;
            for (auto f : var.figures) {
                if (released(f) && model_.figures()[f].hidden()) release = model_.key_of_figure(f).edition;
            }
            conceal(static_cast<int>(v), release.empty()
                                             ? "the same count is hidden where it is shown in a linked table"
                                             : fmt::format("the {} release hid it: a figure once hidden stays hidden, "
                                                           "so setting releases side by side reveals nothing",
                                                           release));
        }
    }

    // Attacks the group holding `start` until nothing in it is exposed,
    // hiding complements one exposed figure at a time.
    bool protect_group(int start, std::vector<bool>& done, LinkedProblem& problem) {
        for (std::size_t rounds = 0;; ++rounds) {
            auto group = component_of(model_, start);
            auto found = attack_component(model_, group);
            const Exposure* worst = nullptr;
            for (const auto& e : found) {
                if (!e.consistent) {
                    problem = {
                        fmt::format("the figures around {} contradict the relations declared in the catalogue",
                                    model_.key_of(e.var).label()),
                        "check the figures against the relations declared in the catalogue (docs/disclosure.md)"};
                    return false;
                }
                if (!worst && e.width() < model_.required_width(e.var)) worst = &e;
            }
            if (!worst) {
                for (int v : group) done[static_cast<std::size_t>(v)] = true;
                return true;
            }
            if (!repair(*worst, rounds > raw_.size())) {
                problem = beyond_repair(*worst);
                return false;
            }
        }
    }

    // Whether anything more was hidden.
    bool repair(const Exposure& e, bool give_up) {
        std::string reason = fmt::format("otherwise {} could be worked out from the published figures ({})",
                                         model_.key_of(e.var).label(), why_joined(e.var));
        std::vector<int> hide =
            give_up ? std::vector<int>{} : choose_complements(model_, raw_, e, model_.required_width(e.var));
        if (hide.empty()) hide = everything_joined_to(e.var);
        bool any = false;
        for (int v : hide) any = conceal(v, reason) || any;
        return any;
    }

    // Only figures that releases still online already show could protect
    // it (or it is one of them): nothing published today can help.
    LinkedProblem beyond_repair(const Exposure& e) const {
        const char* hint =
            "every reader can still set the releases online beside today's figures (docs/quarterly-cycle.md): "
            "correct the data if it is wrong, or keep the disclosure rules as they were when that release was made";
        const ModelVariable& var = model_.variables()[static_cast<std::size_t>(e.var)];
        std::string label = model_.key_of(e.var).label();
        for (auto f : var.figures) {
            const Figure& fig = model_.figures()[f];
            if (fig.number && fig.cell.edition != FigureNames::current) {
                return {fmt::format("{} is hidden now, but the {} release showed it, and that release stays online",
                                    label, model_.key_of_figure(f).edition),
                        hint};
            }
        }
        return {fmt::format("{} could be worked out by setting the current figures beside the releases still online "
                            "({}), and no figure published now can prevent it",
                            label, why_joined(e.var)),
                hint};
    }

    // The last resort, when no cheaper choice exists: every shown figure
    // joined to this one by a relation.
    std::vector<int> everything_joined_to(int var) {
        std::vector<int> out;
        for (auto r : model_.rows_of(var)) {
            for (auto [v, _] : model_.rows()[r].terms) {
                const auto& x = model_.variables()[static_cast<std::size_t>(v)];
                if (!x.hidden && !x.fixed && !x.figures.empty()) out.push_back(v);
            }
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    // The relations that join a figure to the others, in words.
    std::string why_joined(int var) const {
        std::vector<std::string> whys;
        for (auto r : model_.rows_of(var)) {
            std::string why = model_.rows()[r].why;
            if (model_.row_active(r) && std::find(whys.begin(), whys.end(), why) == whys.end()) whys.push_back(why);
        }
        return fmt::format("{}", fmt::join(whys, "; "));
    }

    // Whether anything was hidden.
    bool conceal(int var, const std::string& reason) {
        auto locals = model_.variables()[static_cast<std::size_t>(var)].figures;
        bool logged = false;
        for (auto f : locals) {
            if (released(f)) continue;
            DecidedFigure& d = decided(f);
            if (!d.value->has_number()) continue;  // [c] already, or [x]: not available is not hidden
            hide(f);
            if (d.companion >= 0) hide(local_of(static_cast<std::size_t>(d.companion)));
            if (!logged) {
                decisions.push_back({&d, reason});
                logged = true;
            }
        }
        return logged;
    }

    void hide(std::size_t local) {
        if (released(local)) return;
        DecidedFigure& d = decided(local);
        if (!d.value->has_number()) return;
        *d.value = PublishedValue::not_shown(Symbol::confidential);
        model_.conceal(local);
    }

    DecidedFigures& figures_;
    std::vector<std::size_t> members_;
    LinearModel model_;
    std::vector<double> raw_;
};

}  // namespace

bool protect_linked(DecidedFigures& figures, const DisclosureMetadata& meta,
                    const std::function<void(const SecondaryDecision&)>& record, LinkedProblem& problem, int jobs) {
    PublishedFigures published = figures.as_published();
    name_relations(published, meta);
    auto groups = linked_groups(published, meta);
    // Groups share no figure, so they are protected in parallel; decisions
    // are recorded in group order, so the report never depends on threads.
    std::vector<std::vector<SecondaryDecision>> decisions(groups.size());
    std::vector<LinkedProblem> problems(groups.size());
    parallel_for(groups.size(), worker_count(jobs, groups.size()), [&](std::size_t i, int) {
        LinkedSuppression group(figures, published, std::move(groups[i]), meta);
        group.run(problems[i]);
        decisions[i] = std::move(group.decisions);
    });
    for (const auto& group : decisions) {
        for (const auto& d : group) record(d);
    }
    auto failed = std::find_if(problems.begin(), problems.end(), [](const LinkedProblem& p) { return !p.empty(); });
    if (failed == problems.end()) return true;
    problem = *failed;
    return false;
}

}  // namespace candour
