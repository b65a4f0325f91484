// Inspection-recommendation trackers and action plans.
#include <fmt/format.h>

#include <cctype>

#include "accountability/progress.hpp"
#include "markdown/markdown_fragment.hpp"
#include "model/accountability_links.hpp"
#include "model/accountability_routes.hpp"
#include "model/accountability_view.hpp"
#include "model/content_links.hpp"

namespace candour {

using nlohmann::json;

void add_findings_view(json& page, const SourceTree& tree, const Routes& routes, const PublishedKpi& kpi,
                       const Route& route, const std::string& base_path);

namespace {

json status_json(Progress p) {
    return {{"status", status_word(p, StatusWords::tracker)}, {"status_class", status_class(p)}};
}

// An action plan's status: the declared name, coloured by what it counts as.
json status_json(const std::string& name, Progress p) {
    return {{"status", name.empty() ? status_word(p, StatusWords::tracker) : name}, {"status_class", status_class(p)}};
}

json date_json(const std::optional<Date>& d) {
    if (!d) return json::object();
    return {{"iso", d->iso()}, {"display", d->display()}};
}

std::string join_bodies(const std::vector<std::string>& bodies) {
    std::string out;
    for (std::size_t i = 0; i < bodies.size(); ++i) {
        out += (i == 0 ? "" : i + 1 == bodies.size() ? " and " : ", ") + bodies[i];
    }
    return out;
}

std::string capitalised(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

json history_json(const std::vector<StatusChange>& history) {
    json out = json::array();
    for (const auto& h : history) {
        json entry = status_json(h.status);
        entry["date"] = date_json(h.date);
        out.push_back(entry);
    }
    return out;
}

json timeliness_json(const Tracker& t, const Date& today) {
    auto r = assess_response(t.published, t.response_published, today);
    return {{"tag", r.tag()}, {"tag_class", r.tag_class()}, {"words", r.words()}, {"deadline", date_json(r.deadline)}};
}

std::vector<Progress> statuses(const std::vector<Recommendation>& list, bool ours) {
    std::vector<Progress> out;
    for (const auto& r : list) {
        if (r.for_us == ours) out.push_back(r.status);
    }
    return out;
}

json recommendation_line(const Tracker& t, const Recommendation& r, const Routes& routes, const Route& from,
                         const std::string& base) {
    json out = status_json(r.status);
    out["number"] = std::to_string(r.number);
    out["kind"] = item_word(r.kind);
    out["kind_title"] = capitalised(item_word(r.kind));
    out["text"] = r.text;
    out["addressed_to"] = join_bodies(r.addressed_to);
    out["for_other_body"] = !r.for_us;
    out["url"] = link_to_generated(routes, from, PageKind::recommendation, item_subject(t, r), base);
    return out;
}

// One of the report's lists in a sentence: "2 of 3 causes of concern for us
// complete, 1 in progress", and how many are for other bodies.
json list_summary(const std::vector<Recommendation>& list, ItemKind kind) {
    auto ours = statuses(list, true);
    return {{"count", std::to_string(list.size())},
            {"has", !list.empty()},
            {"noun", item_word(kind, list.size() != 1)},
            {"status_text", status_summary(ours, StatusWords::tracker, item_word(kind, true) + " for us")},
            {"other_count", std::to_string(list.size() - ours.size())}};
}

// The letter's address from this page: a web address as it is, a file in
// the site folder where it is published.
std::string letter_url(const Tracker& t, const Routes& routes, const Route& from, const std::string& base) {
    std::string output = letter_output_path(t.response_letter);
    if (output.empty()) return t.response_letter;
    std::string root = link_between(from, routes.home(), base);
    return (root == "./" ? "" : root) + output;
}

json tracker_summary(const Tracker& t, const Date& today, const Routes& routes, const Route& from,
                     const std::string& base) {
    json recs = list_summary(t.recommendations, ItemKind::recommendation);
    json out{{"title", t.title},
             {"inspectorate", t.inspectorate},
             {"summary", t.summary},
             {"published", date_json(t.published)},
             {"response_published", date_json(t.response_published)},
             {"has_response", t.response_published.has_value()},
             {"timeliness", timeliness_json(t, today)},
             {"count", recs["count"]},
             {"status_text", recs["status_text"]},
             {"other_count", recs["other_count"]},
             {"areas", list_summary(t.areas_for_improvement, ItemKind::area_for_improvement)},
             {"concerns", list_summary(t.causes_of_concern, ItemKind::cause_of_concern)},
             {"has_response_letter", !t.response_letter.empty()},
             {"response_letter_url", t.response_letter.empty() ? "" : letter_url(t, routes, from, base)},
             {"url", link_to_generated(routes, from, PageKind::tracker, t.id, base)}};
    return out;
}

const Tracker* tracker_of(const Accountability& a, const std::string& id) {
    for (const auto& t : a.trackers) {
        if (t.id == id) return &t;
    }
    return nullptr;
}

json tracker_page(const Accountability& a, const Routes& routes, const Route& from, const std::string& base) {
    const Tracker& t = *tracker_of(a, from.subject);
    json out = tracker_summary(t, a.today, routes, from, base);
    for (auto [key, list] : {std::pair{"recommendations", &t.recommendations},
                             {"areas_for_improvement", &t.areas_for_improvement},
                             {"causes_of_concern", &t.causes_of_concern}}) {
        json lines = json::array();
        for (const auto& r : *list) lines.push_back(recommendation_line(t, r, routes, from, base));
        out[key] = lines;
        out[std::string("has_") + key] = !lines.empty();
    }
    return out;
}

json recommendation_page(const Accountability& a, const Routes& routes, const Route& from, const std::string& base) {
    const Tracker& t = *tracker_of(a, from.subject.substr(0, from.subject.find('/')));
    for (const auto* list : t.item_lists()) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Recommendation& r = (*list)[i];
            if (item_subject(t, r) != from.subject) continue;
            json out = recommendation_line(t, r, routes, from, base);
            out["tracker_title"] = t.title;
            out["tracker_url"] = link_to_generated(routes, from, PageKind::tracker, t.id, base);
            out["response_html"] =
                r.response.empty() ? "" : markdown_fragment_html(r.response, data_links(routes, from, base));
            out["has_response"] = !r.response.empty();
            out["updated"] = date_json(r.updated);
            out["has_updated"] = r.updated.has_value();
            out["history"] = history_json(r.history);
            out["has_history"] = !r.history.empty();
            out["others_label"] = "Other " + item_word(r.kind, true);
            if (i > 0) out["previous"] = recommendation_line(t, (*list)[i - 1], routes, from, base);
            if (i + 1 < list->size()) out["next"] = recommendation_line(t, (*list)[i + 1], routes, from, base);
            return out;
        }
    }
    return json::object();
}

json change_json(const ActionChange& c) {
    json out = status_json(c.to_name, c.to);
    out["number"] = c.action->number;
    out["action"] = c.action->action;
    out["section"] = c.section;
    if (c.from) out["from"] = c.from_name.empty() ? status_word(*c.from, StatusWords::tracker) : c.from_name;
    out["due"] = date_json(c.action->due);
    return out;
}

json changes_json(const ActionPlan& plan) {
    QuarterChanges q = changes_in_quarter(plan);
    json out{{"period_label", plan.period.label()}, {"previous_label", plan.period.previous().label()}};
    for (auto [key, list] : {std::pair{"added", &q.added}, {"changed", &q.status_changed}, {"overdue", &q.overdue}}) {
        json items = json::array();
        for (const auto& c : *list) items.push_back(change_json(c));
        out[key] = items;
        out[std::string("has_") + key] = !items.empty();
    }
    out["nothing_changed"] = q.added.empty() && q.status_changed.empty();
    return out;
}

json action_json(const Action& a, const Date& quarter_end, const UrlRewrite& links) {
    json out = status_json(a.status_name, a.status);
    out["number"] = a.number;
    out["action"] = a.action;
    out["owner"] = a.owner;
    out["update_html"] = a.update.empty() ? "" : markdown_fragment_html(a.update, links);
    out["due"] = date_json(a.due);
    out["has_due"] = a.due.has_value();
    out["overdue"] = a.due && *a.due < quarter_end && still_open(a.status);
    return out;
}

std::vector<Progress> plan_statuses(const ActionPlan& p) {
    std::vector<Progress> out;
    for (const auto& s : p.sections) {
        for (const auto& a : s.actions) out.push_back(a.status);
    }
    return out;
}

json plan_page(const ActionPlan& p, const Routes& routes, const Route& from, const std::string& base) {
    json sections = json::array();
    for (const auto& s : p.sections) {
        json actions = json::array();
        std::vector<Progress> st;
        for (const auto& a : s.actions) {
            actions.push_back(action_json(a, period_end(p.period), data_links(routes, from, base)));
            st.push_back(a.status);
        }
        sections.push_back(
            {{"title", s.title},
             {"id", slugify(s.title)},
             {"actions", actions},
             {"progress", status_summary(st, StatusWords::tracker, st.size() == 1 ? "action" : "actions")}});
    }
    return {{"title", p.title},
            {"summary", p.summary},
            {"period_label", p.period.label()},
            {"progress", status_summary(plan_statuses(p), StatusWords::tracker, "actions")},
            {"sections", sections},
            {"changes", changes_json(p)},
            {"url", link_to_generated(routes, from, PageKind::action_plan, p.id, base)}};
}

}  // namespace

void add_accountability(json& page, const SourceTree& tree, const Routes& routes, const PublishedKpi& kpi,
                        std::size_t page_index, const std::string& base_path) {
    const Route& route = routes.pages[page_index];
    const Accountability& a = tree.accountability;
    add_findings_view(page, tree, routes, kpi, route, base_path);
    if (route.kind == PageKind::tracker_index) {
        json list = json::array();
        for (const auto& t : a.trackers) list.push_back(tracker_summary(t, a.today, routes, route, base_path));
        page["trackers"] = list;
    }
    if (route.kind == PageKind::tracker) page["tracker"] = tracker_page(a, routes, route, base_path);
    if (route.kind == PageKind::recommendation)
        page["recommendation"] = recommendation_page(a, routes, route, base_path);
    if (route.kind == PageKind::action_plan_index) {
        json list = json::array();
        for (const auto& p : a.plans) list.push_back(plan_page(p, routes, route, base_path));
        page["plans"] = list;
    }
    if (route.kind == PageKind::action_plan) {
        for (const auto& p : a.plans) {
            if (p.id == route.subject) page["plan"] = plan_page(p, routes, route, base_path);
        }
    }
}

}  // namespace candour
