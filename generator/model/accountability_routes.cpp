#include "model/accountability_routes.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "accountability/progress.hpp"
#include "model/progress_words.hpp"

namespace candour {

namespace {

void add_findings(const Accountability& a, const Messages& m, std::vector<GeneratedPage>& out) {
    if (a.rounds.empty()) return;
    SourcePos pos{a.rounds.front().file, 1, 1};
    out.push_back(
        {PageKind::findings_index, findings_url_dir, m.text("page.findings.title"), "findings-index", "", pos, true});
    for (const auto& theme : finding_themes()) {
        for (const auto& round : a.rounds) {
            auto has = [&](const Finding& f) { return f.theme == theme.id; };
            auto it = std::find_if(round.findings.begin(), round.findings.end(), has);
            if (it == round.findings.end()) continue;
            out.push_back({PageKind::findings_theme, std::string(findings_url_dir) + "/" + theme.id,
                           theme_title(theme, m), "findings-theme", theme.id, it->pos, false});
            break;
        }
    }
}

void add_trackers(const Accountability& a, const Messages& m, std::vector<GeneratedPage>& out) {
    if (a.trackers.empty()) return;
    out.push_back({PageKind::tracker_index, trackers_url_dir, m.text("page.trackers.title"), "tracker-index", "",
                   a.trackers.front().pos, true});
    for (const auto& t : a.trackers) {
        out.push_back(
            {PageKind::tracker, std::string(trackers_url_dir) + "/" + t.id, t.title, "tracker", t.id, t.pos, true});
        for (const auto* list : t.item_lists()) {
            for (const auto& r : *list) {
                std::string title = m.text(
                    "page.recommendation.title",
                    {{"item", item_title(r.kind, m)}, {"number", std::to_string(r.number)}, {"tracker", t.title}});
                out.push_back({PageKind::recommendation, recommendation_dir(t, r), title, "recommendation",
                               item_subject(t, r), r.pos, false});
            }
        }
    }
}

void add_plans(const Accountability& a, const Messages& m, std::vector<GeneratedPage>& out) {
    if (a.plans.empty()) return;
    out.push_back({PageKind::action_plan_index, action_plans_url_dir, m.text("page.action_plans.title"),
                   "action-plan-index", "", a.plans.front().pos, true});
    for (const auto& p : a.plans) {
        out.push_back({PageKind::action_plan, std::string(action_plans_url_dir) + "/" + p.id, p.title, "action-plan",
                       p.id, p.pos, false});
    }
}

}  // namespace

std::string item_subject(const Tracker& t, const Recommendation& r) {
    return fmt::format("{}/{}-{}", t.id, item_slug(r.kind), r.number);
}

std::string recommendation_dir(const Tracker& t, const Recommendation& r) {
    return fmt::format("{}/{}", trackers_url_dir, item_subject(t, r));
}

std::vector<GeneratedPage> accountability_pages(const Accountability& a, const Messages& messages) {
    std::vector<GeneratedPage> out;
    add_findings(a, messages, out);
    add_trackers(a, messages, out);
    add_plans(a, messages, out);
    return out;
}

}  // namespace candour
