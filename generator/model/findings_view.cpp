// Findings pages: the overview grouped by theme and one page per theme,
// with the victim interview ratings under disclosure control.
#include "accountability/progress.hpp"
#include "charts/chart_text.hpp"
#include "kpi/download_row.hpp"
#include "kpi/format.hpp"
#include "kpi/published_survey.hpp"
#include "markdown/markdown_fragment.hpp"
#include "messages/period_words.hpp"
#include "model/accountability_links.hpp"
#include "model/accountability_view.hpp"
#include "model/content_links.hpp"
#include "model/progress_words.hpp"
#include "model/view_model.hpp"

namespace candour {

using nlohmann::json;

namespace {

std::vector<const Finding*> findings_of(const Accountability& a, const std::string& theme) {
    std::vector<const Finding*> out;
    for (const auto& round : a.rounds) {
        for (const auto& f : round.findings) {
            if (theme.empty() || f.theme == theme) out.push_back(&f);
        }
    }
    return out;
}

std::vector<Progress> statuses(const std::vector<const Finding*>& findings) {
    std::vector<Progress> out;
    for (const Finding* f : findings) out.push_back(f->status);
    return out;
}

std::string cell_text(const PublishedValue& v) {
    return v.has_number() ? format_number(v.number(), 0) : symbol_text(v.symbol());
}

// Each cell names its place in the ratings download (theme/period/rating),
// so tests can hold the page to the download.
json survey_row(const SurveyRow& row, const std::string& label, const std::string& theme, const std::string& period) {
    json cells = json::array();
    for (std::size_t i = 0; i < row.ratings.size(); ++i) {
        cells.push_back(
            {{"text", cell_text(row.ratings[i])}, {"key", theme + "/" + period + "/" + survey_ratings[i].id}});
    }
    cells.push_back({{"text", cell_text(row.total)}, {"key", theme + "/" + period + "/" + survey_total_rating}});
    return {{"header", label}, {"cells", cells}};
}

json survey_group_tables(const SurveyTable& t, const std::vector<SurveyBreakdown>& breakdowns, const Theme& theme,
                         const std::string& span, const Messages& m);

// The ratings' columns after the first, which names the rows.
json survey_head(const std::string& first, const Messages& m) {
    json head = json::array({{{"text", first}, {"numeric", false}}});
    for (const auto& r : survey_ratings) head.push_back({{"text", r.label}, {"numeric", true}});
    head.push_back({{"text", m.text("survey.head.total")}, {"numeric", true}});
    return head;
}

// Charts are drawn elsewhere: `chart_id` names the data a chart of this
// table would use, so a chart builder can find it.
json survey_table(const SurveyTable& t, const Theme& theme, const std::vector<SurveyBreakdown>& breakdowns,
                  const Messages& m) {
    json head = survey_head(m.text("survey.head.period"), m);
    json rows = json::array();
    for (const auto& row : t.rows)
        rows.push_back(survey_row(row, period_label(row.period, m), t.theme, row.period.code()));
    // "April 2024 to December 2024": the months the interviews span.
    std::string span = month_range_label(period_start(t.rows.front().period), period_end(t.rows.back().period), m);
    json cumulative = survey_row(t.cumulative, m.text("survey.all_periods"), t.theme, survey_all_periods);
    json groups = survey_group_tables(t, breakdowns, theme, span, m);
    return {{"caption", m.text("survey.caption", {{"theme", theme.title}, {"span", span}})},
            {"chart_id", "survey-" + theme.id},
            {"head", head},
            {"rows", rows},
            {"cumulative", cumulative},
            {"groups", groups},
            {"has_groups", !groups.empty()}};
}

// One table a breakdown: a row a group, each over every period together
// (the download has each period); [c] where disclosure control hid a count.
json survey_group_tables(const SurveyTable& t, const std::vector<SurveyBreakdown>& breakdowns, const Theme& theme,
                         const std::string& span, const Messages& m) {
    json out = json::array();
    for (const auto& b : breakdowns) {
        json rows = json::array();
        for (const auto& g : t.groups) {
            if (g.breakdown != b.id) continue;
            rows.push_back(survey_row(g.cumulative, g.group, t.theme + "/" + b.id + "=" + g.group, survey_all_periods));
        }
        if (rows.empty()) continue;
        std::string caption =
            m.text("survey.group_caption",
                   {{"theme", theme.title}, {"breakdown", chart_text::lower_first(b.title)}, {"span", span}});
        out.push_back({{"caption", caption}, {"head", survey_head(b.title, m)}, {"rows", rows}});
    }
    return out;
}

json finding_view(const Finding& f, const std::string& round_title, const Routes& routes, const Route& from,
                  const std::string& base_path, const Messages& m) {
    json indicators = json::array();
    for (const auto& id : f.indicators) {
        const Route* to = routes.indicator_page(id);
        if (to) indicators.push_back({{"title", to->title}, {"url", link_between(from, *to, base_path)}});
    }
    return {{"said", f.said},
            {"did_html", markdown_fragment_html(f.did, data_links(routes, from, base_path))},
            {"status", status_label(f.status, StatusWords::findings, m)},
            {"status_class", status_class(f.status)},
            {"updated_iso", f.updated.iso()},
            {"updated_display", date_label(f.updated, m)},
            {"round", round_title},
            {"indicators", indicators},
            {"has_indicators", !indicators.empty()}};
}

const std::string& round_title_of(const Accountability& a, const Finding* f) {
    for (const auto& round : a.rounds) {
        for (const auto& g : round.findings) {
            if (&g == f) return round.title;
        }
    }
    static const std::string none;
    return none;
}

json theme_line(const Theme& theme, const Accountability& a, const Routes& routes, const Route& from,
                const std::string& base_path, const Messages& m) {
    auto findings = findings_of(a, theme.id);
    return {{"title", theme.title},
            {"summary", theme.summary},
            {"url", link_to_generated(routes, from, PageKind::findings_theme, theme.id, base_path)},
            {"status_text", progress_summary(statuses(findings), ProgressOf::responses, m)}};
}

json findings_index(const SourceTree& tree, const Routes& routes, const Route& from, const std::string& base_path) {
    const Accountability& a = tree.accountability;
    const Messages& m = tree.templates.messages;
    json rated = json::array(), process = json::array();
    for (const auto& theme : finding_themes()) {
        if (findings_of(a, theme.id).empty()) continue;
        (theme.surveyed ? rated : process).push_back(theme_line(theme, a, routes, from, base_path, m));
    }
    json rounds = json::array();
    for (const auto& r : a.rounds) {
        rounds.push_back({{"title", r.title},
                          {"published_iso", r.published.iso()},
                          {"published_display", date_label(r.published, m)}});
    }
    auto all = findings_of(a, "");
    return {{"status_text", progress_summary(statuses(all), ProgressOf::responses, m)},
            {"rated", rated},
            {"has_rated", !rated.empty()},
            {"process", process},
            {"has_process", !process.empty()},
            {"rounds", rounds}};
}

json theme_page(const SourceTree& tree, const Routes& routes, const PublishedKpi& kpi, const Route& from,
                const std::string& base_path) {
    const Accountability& a = tree.accountability;
    const Messages& m = tree.templates.messages;
    const Theme* theme = find_theme(from.subject);
    json findings = json::array();
    auto list = findings_of(a, theme->id);
    for (const Finding* f : list)
        findings.push_back(finding_view(*f, round_title_of(a, f), routes, from, base_path, m));
    json out{{"title", theme->title},
             {"summary", theme->summary},
             {"status_text", progress_summary(statuses(list), ProgressOf::responses, m)},
             {"findings", findings},
             {"overview_url", link_to_generated(routes, from, PageKind::findings_index, "", base_path)},
             {"has_survey", false}};
    const SurveyTable* table = kpi.survey ? kpi.survey->table(theme->id) : nullptr;
    if (table && !table->rows.empty()) {
        out["survey"] = survey_table(*table, *theme, kpi.survey->breakdowns, m);
        // The default language's download, at the site's root in every language.
        out["survey"]["download"] = link_to_root(from, base_path) + survey_download_file + ".csv";
        // The words under the tables follow the site's method: rounded counts are not hidden ones.
        const DisclosureRules& rules = tree.config.disclosure;
        out["survey"]["rounded"] = rules.method == DisclosureRules::Method::round;
        out["survey"]["rounding_base"] = rules.rounding_base;
        out["has_survey"] = true;
    }
    return out;
}

}  // namespace

void add_findings_view(json& page, const SourceTree& tree, const Routes& routes, const PublishedKpi& kpi,
                       const Route& route, const std::string& base_path) {
    if (route.kind == PageKind::findings_index) page["findings"] = findings_index(tree, routes, route, base_path);
    if (route.kind == PageKind::findings_theme) {
        page["theme"] = theme_page(tree, routes, kpi, route, base_path);
        page["has_kpi"] = page["theme"]["has_survey"];
    }
}

}  // namespace candour
