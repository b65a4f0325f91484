// Inspection-recommendation trackers and action plans.
#include "accountability/progress.hpp"
#include "io/escape.hpp"
#include "markdown/markdown_fragment.hpp"
#include "messages/period_words.hpp"
#include "model/accountability_links.hpp"
#include "model/accountability_routes.hpp"
#include "model/accountability_view.hpp"
#include "model/content_links.hpp"
#include "model/progress_words.hpp"
#include "model/theme_text.hpp"

namespace candour {

using nlohmann::json;

void add_findings_view(json& page, const SourceTree& tree, const Routes& routes, const PublishedKpi& kpi,
                       const Route& route, const std::string& base_path);

namespace {

json status_json(Progress p, const Messages& m) {
    return {{"status", status_label(p, StatusWords::tracker, m)}, {"status_class", status_class(p)}};
}

// An action plan's status: the declared name, coloured by what it counts as.
json status_json(const std::string& name, Progress p, const Messages& m) {
    return {{"status", name.empty() ? status_label(p, StatusWords::tracker, m) : name},
            {"status_class", status_class(p)}};
}

// A status tag as HTML, as partials/status-tag writes it, for sentences that hold one.
std::string status_tag_html(const json& status) {
    return "<strong class=\"tag tag--" + escape_markup(status["status_class"].get<std::string>()) + "\">" +
           escape_markup(status["status"].get<std::string>()) + "</strong>";
}

json date_json(const std::optional<Date>& d, const Messages& m) {
    if (!d) return json::object();
    return {{"iso", d->iso()}, {"display", date_label(*d, m)}};
}

json history_json(const std::vector<StatusChange>& history, const Messages& m) {
    json out = json::array();
    for (const auto& h : history) {
        json entry = status_json(h.status, m);
        entry["date"] = date_json(h.date, m);
        out.push_back(entry);
    }
    return out;
}

json timeliness_json(const Tracker& t, const Date& today, const Messages& m) {
    auto r = assess_response(t.published, t.response_published, today);
    return {{"tag", timeliness_tag(r, m)},
            {"tag_class", r.tag_class()},
            {"words", timeliness_words(r, m)},
            {"deadline", date_json(r.deadline, m)}};
}

std::vector<Progress> statuses(const std::vector<Recommendation>& list, bool ours) {
    std::vector<Progress> out;
    for (const auto& r : list) {
        if (r.for_us == ours) out.push_back(r.status);
    }
    return out;
}

json recommendation_line(const Tracker& t, const Recommendation& r, const Routes& routes, const Route& from,
                         const std::string& base, const Messages& m) {
    json out = status_json(r.status, m);
    out["number"] = std::to_string(r.number);
    out["kind"] = item_label(r.kind, m);
    out["kind_title"] = item_title(r.kind, m);
    out["text"] = r.text;
    out["addressed_to"] = list_label(r.addressed_to, m);
    out["for_other_body"] = !r.for_us;
    out["url"] = link_to_generated(routes, from, PageKind::recommendation, item_subject(t, r), base);
    return out;
}

// One of the report's lists in a sentence: "2 of 3 causes of concern for us
// complete, 1 in progress", and how many are for other bodies.
json list_summary(const std::vector<Recommendation>& list, ItemKind kind, const Messages& m) {
    auto ours = statuses(list, true);
    std::string status_text = progress_summary(ours, progress_of(kind), m);
    std::string others = std::to_string(list.size() - ours.size());
    std::string count_text = item_count(kind, list.size(), m);
    return {{"count", std::to_string(list.size())},
            {"has", !list.empty()},
            {"count_text", count_text},
            {"status_text", status_text},
            {"other_count", others},
            {"progress_text", m.text("page.tracker.progress", {{"progress", status_text}, {"others", others}})},
            {"summary_text",
             m.text("page.tracker.items", {{"items", count_text}, {"progress", status_text}, {"others", others}})}};
}

// The letter's address from this page: a web address as it is, a file in
// the site folder where it is published.
std::string letter_url(const Tracker& t, const Route& from, const std::string& base) {
    std::string output = letter_output_path(t.response_letter);
    if (output.empty()) return t.response_letter;
    return link_to_root(from, base) + output;
}

json tracker_summary(const Tracker& t, const Date& today, const Routes& routes, const Route& from,
                     const std::string& base, const Messages& m) {
    json recs = list_summary(t.recommendations, ItemKind::recommendation, m);
    json out{{"title", t.title},
             {"inspectorate", t.inspectorate},
             {"summary", t.summary},
             {"published", date_json(t.published, m)},
             {"response_published", date_json(t.response_published, m)},
             {"has_response", t.response_published.has_value()},
             {"timeliness", timeliness_json(t, today, m)},
             {"published_html", message_html(m, "page.tracker.published",
                                             {{"inspectorate", escape_markup(t.inspectorate)},
                                              {"date", time_html(t.published.iso(), date_label(t.published, m))}})},
             {"count", recs["count"]},
             {"status_text", recs["status_text"]},
             {"other_count", recs["other_count"]},
             {"progress_text", recs["progress_text"]},
             {"summary_text", recs["summary_text"]},
             {"areas", list_summary(t.areas_for_improvement, ItemKind::area_for_improvement, m)},
             {"concerns", list_summary(t.causes_of_concern, ItemKind::cause_of_concern, m)},
             {"has_response_letter", !t.response_letter.empty()},
             {"response_letter_url", t.response_letter.empty() ? "" : letter_url(t, from, base)},
             {"url", link_to_generated(routes, from, PageKind::tracker, t.id, base)}};
    return out;
}

const Tracker* tracker_of(const Accountability& a, const std::string& id) {
    for (const auto& t : a.trackers) {
        if (t.id == id) return &t;
    }
    return nullptr;
}

json tracker_page(const Accountability& a, const Routes& routes, const Route& from, const std::string& base,
                  const Messages& m) {
    const Tracker& t = *tracker_of(a, from.subject);
    json out = tracker_summary(t, a.today, routes, from, base, m);
    for (auto [key, list] : {std::pair{"recommendations", &t.recommendations},
                             {"areas_for_improvement", &t.areas_for_improvement},
                             {"causes_of_concern", &t.causes_of_concern}}) {
        json lines = json::array();
        for (const auto& r : *list) lines.push_back(recommendation_line(t, r, routes, from, base, m));
        out[key] = lines;
        out[std::string("has_") + key] = !lines.empty();
    }
    return out;
}

json recommendation_page(const Accountability& a, const Routes& routes, const Route& from, const std::string& base,
                         const Messages& m) {
    const Tracker& t = *tracker_of(a, from.subject.substr(0, from.subject.find('/')));
    for (const auto* list : t.item_lists()) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Recommendation& r = (*list)[i];
            if (item_subject(t, r) != from.subject) continue;
            json out = recommendation_line(t, r, routes, from, base, m);
            out["tracker_title"] = t.title;
            out["tracker_url"] = link_to_generated(routes, from, PageKind::tracker, t.id, base);
            out["response_html"] =
                r.response.empty() ? "" : markdown_fragment_html(r.response, data_links(routes, from, base));
            out["has_response"] = !r.response.empty();
            out["updated"] = date_json(r.updated, m);
            out["has_updated"] = r.updated.has_value();
            out["history"] = history_json(r.history, m);
            out["has_history"] = !r.history.empty();
            out["others_label"] = item_others(r.kind, m);
            out["heading"] = m.text("page.recommendation.heading",
                                    {{"item", item_title(r.kind, m)}, {"number", std::to_string(r.number)}});
            out["from_html"] =
                message_html(m, "page.recommendation.from", {{"tracker", link_html(out["tracker_url"], t.title)}});
            out["for_others"] = m.text("page.recommendation.for_others", {{"item", item_label(r.kind, m)}});
            if (r.updated) out["updated_html"] = updated_html(*r.updated, m);
            // The links to the items before and after: "Previous: recommendation 2".
            auto neighbour = [&](const Recommendation& other, const char* key, const char* id) {
                json line = recommendation_line(t, other, routes, from, base, m);
                line[key] = m.text(id, {{"item", item_label(other.kind, m)}, {"number", std::to_string(other.number)}});
                return line;
            };
            if (i > 0) out["previous"] = neighbour((*list)[i - 1], "previous_text", "page.recommendation.previous");
            if (i + 1 < list->size()) out["next"] = neighbour((*list)[i + 1], "next_text", "page.recommendation.next");
            return out;
        }
    }
    return json::object();
}

json change_json(const ActionChange& c, const Messages& m) {
    json out = status_json(c.to_name, c.to, m);
    out["number"] = c.action->number;
    out["action"] = c.action->action;
    out["section"] = c.section;
    if (c.from) {
        out["from"] = c.from_name.empty() ? status_label(*c.from, StatusWords::tracker, m) : c.from_name;
        out["change_html"] =
            message_html(m, "page.action_plan.status_change",
                         {{"from", escape_markup(out["from"].get<std::string>())}, {"to", status_tag_html(out)}});
    }
    out["due"] = date_json(c.action->due, m);
    if (c.action->due) {
        out["due_html"] = message_html(m, "page.action_plan.due",
                                       {{"date", time_html(c.action->due->iso(), date_label(*c.action->due, m))},
                                        {"status", status_tag_html(out)}});
    }
    return out;
}

json changes_json(const ActionPlan& plan, const Messages& m) {
    QuarterChanges q = changes_in_quarter(plan);
    std::string period = period_label(plan.period, m);
    std::string previous = period_label(plan.period.previous(), m);
    json out{{"period_label", period},
             {"previous_label", previous},
             {"heading", m.text("page.action_plan.changes_since", {{"period", previous}})},
             {"nothing_text", m.text("page.action_plan.nothing_changed", {{"period", period}})}};
    for (auto [key, list] : {std::pair{"added", &q.added}, {"changed", &q.status_changed}, {"overdue", &q.overdue}}) {
        json items = json::array();
        for (const auto& c : *list) items.push_back(change_json(c, m));
        out[key] = items;
        out[std::string("has_") + key] = !items.empty();
    }
    out["nothing_changed"] = q.added.empty() && q.status_changed.empty();
    return out;
}

json action_json(const Action& a, const Date& quarter_end, const UrlRewrite& links, const Messages& m) {
    json out = status_json(a.status_name, a.status, m);
    out["number"] = a.number;
    out["action"] = a.action;
    out["owner"] = a.owner;
    out["update_html"] = a.update.empty() ? "" : markdown_fragment_html(a.update, links);
    out["due"] = date_json(a.due, m);
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

json plan_page(const ActionPlan& p, const Routes& routes, const Route& from, const std::string& base,
               const Messages& m) {
    json sections = json::array();
    for (const auto& s : p.sections) {
        json actions = json::array();
        std::vector<Progress> st;
        for (const auto& a : s.actions) {
            actions.push_back(action_json(a, period_end(p.period), data_links(routes, from, base), m));
            st.push_back(a.status);
        }
        sections.push_back({{"title", s.title},
                            {"id", slugify(s.title)},
                            {"actions", actions},
                            {"progress", progress_summary(st, ProgressOf::actions, m)}});
    }
    std::string period = period_label(p.period, m);
    std::string progress = progress_summary(plan_statuses(p), ProgressOf::actions, m);
    return {{"title", p.title},
            {"summary", p.summary},
            {"period_label", period},
            {"progress", progress},
            {"update_text", m.text("page.action_plan.update", {{"period", period}, {"progress", progress}})},
            {"sections", sections},
            {"changes", changes_json(p, m)},
            {"url", link_to_generated(routes, from, PageKind::action_plan, p.id, base)}};
}

}  // namespace

void add_accountability(json& page, const SourceTree& tree, const Routes& routes, const PublishedKpi& kpi,
                        std::size_t page_index, const std::string& base_path) {
    const Route& route = routes.pages[page_index];
    const Accountability& a = tree.accountability;
    const Messages& m = tree.templates.messages;
    add_findings_view(page, tree, routes, kpi, route, base_path);
    if (route.kind == PageKind::tracker_index) {
        json list = json::array();
        for (const auto& t : a.trackers) list.push_back(tracker_summary(t, a.today, routes, route, base_path, m));
        page["trackers"] = list;
    }
    if (route.kind == PageKind::tracker) page["tracker"] = tracker_page(a, routes, route, base_path, m);
    if (route.kind == PageKind::recommendation)
        page["recommendation"] = recommendation_page(a, routes, route, base_path, m);
    if (route.kind == PageKind::action_plan_index) {
        json list = json::array();
        for (const auto& p : a.plans) list.push_back(plan_page(p, routes, route, base_path, m));
        page["plans"] = list;
    }
    if (route.kind == PageKind::action_plan) {
        for (const auto& p : a.plans) {
            if (p.id == route.subject) page["plan"] = plan_page(p, routes, route, base_path, m);
        }
    }
}

}  // namespace candour
