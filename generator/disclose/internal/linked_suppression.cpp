#include "disclose/internal/linked_suppression.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "audit/attacker.hpp"
#include "audit/linear_model.hpp"
#include "disclose/internal/complement_choice.hpp"

namespace candour {

namespace {

class LinkedSuppression {
public:
    LinkedSuppression(DecidedFigures& figures, const DisclosureMetadata& meta,
                      const std::function<void(const SecondaryDecision&)>& record)
        : figures_(figures), model_(figures.as_published(), meta), record_(record) {
        raw_.assign(model_.variables().size(), 0);  // never published: assumed 0, so it may only rise
        for (std::size_t v = 0; v < raw_.size(); ++v) {
            const auto& var = model_.variables()[v];
            if (var.figures.empty()) continue;
            if (const DecidedFigure* d = figures_.find(model_.figures()[var.figures.front()].key.id())) raw_[v] = d->raw;
        }
    }

    bool run(std::string& problem) {
        hide_everywhere_hidden();
        std::vector<bool> done(raw_.size(), false);
        for (const auto& group : attack_components(model_)) {
            if (done[static_cast<std::size_t>(group.front())]) continue;
            if (!protect_group(group.front(), done, problem)) return false;
        }
        return true;
    }

private:
    // A count shown in one table and hidden in another is not hidden.
    void hide_everywhere_hidden() {
        for (std::size_t v = 0; v < raw_.size(); ++v) {
            const auto& var = model_.variables()[v];
            if (var.hidden && var.figures.size() > 1) {
                conceal(static_cast<int>(v), "the same count is hidden where it is shown in a linked table");
            }
        }
    }

    // Attacks the group holding `start` until nothing in it is exposed,
    // hiding complements one exposed figure at a time.
    bool protect_group(int start, std::vector<bool>& done, std::string& problem) {
        for (std::size_t rounds = 0;; ++rounds) {
            auto group = component_of(model_, start);
            auto found = attack_component(model_, group);
            const Exposure* worst = nullptr;
            for (const auto& e : found) {
                if (!e.consistent) {
                    problem = fmt::format("the figures around {} contradict the relations declared in the catalogue",
                                          model_.variables()[static_cast<std::size_t>(e.var)].key.label());
                    return false;
                }
                if (!worst && e.width() < model_.required_width(e.var)) worst = &e;
            }
            if (!worst) {
                for (int v : group) done[static_cast<std::size_t>(v)] = true;
                return true;
            }
            repair(*worst, rounds > raw_.size());
        }
    }

    void repair(const Exposure& e, bool give_up) {
        const auto& target = model_.variables()[static_cast<std::size_t>(e.var)];
        std::string reason = fmt::format("otherwise {} could be worked out from the published figures", target.key.label());
        std::vector<int> hide = give_up ? std::vector<int>{} : choose_complements(model_, raw_, e, model_.required_width(e.var));
        if (hide.empty()) hide = everything_joined_to(e.var);
        for (int v : hide) conceal(v, reason);
    }

    // The last resort, when no cheaper choice exists: every shown figure
    // joined to this one by a relation.
    std::vector<int> everything_joined_to(int var) {
        std::vector<int> out;
        for (auto r : model_.rows_of(var)) {
            for (auto [v, _] : model_.rows()[r].terms) {
                const auto& x = model_.variables()[static_cast<std::size_t>(v)];
                if (!x.hidden && !x.figures.empty()) out.push_back(v);
            }
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    void conceal(int var, const std::string& reason) {
        std::vector<std::string> keys;
        for (auto f : model_.variables()[static_cast<std::size_t>(var)].figures) keys.push_back(model_.figures()[f].key.id());
        bool logged = false;
        for (const auto& key : keys) {
            DecidedFigure* d = figures_.find(key);
            if (!d) continue;
            bool was_shown = d->value->has_number();
            *d->value = PublishedValue::not_shown(Symbol::confidential);
            model_.conceal(key);
            if (d->companion) {
                *d->companion = PublishedValue::not_shown(Symbol::confidential);
                model_.conceal(d->companion_key);
            }
            if (was_shown && !logged) {
                record_({d, reason});
                logged = true;
            }
        }
    }

    DecidedFigures& figures_;
    LinearModel model_;
    const std::function<void(const SecondaryDecision&)>& record_;
    std::vector<double> raw_;
};

}  // namespace

bool protect_linked(DecidedFigures& figures, const DisclosureMetadata& meta,
                    const std::function<void(const SecondaryDecision&)>& record, std::string& problem) {
    return LinkedSuppression(figures, meta, record).run(problem);
}

}  // namespace candour
