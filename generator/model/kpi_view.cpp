#include "model/kpi_view.hpp"

#include <fmt/format.h>

#include "charts/chart_text.hpp"
#include "kpi/change.hpp"
#include "kpi/format.hpp"
#include "messages/period_words.hpp"
#include "model/change_words.hpp"
#include "model/chart_view.hpp"

namespace candour {

using nlohmann::json;

namespace {

std::string marks(const PublishedCell& cell) {
    std::string m;
    if (cell.revised) m += " [r]";
    if (cell.provisional) m += " [p]";
    return m;
}

// Numerators and denominators are counts whatever the indicator's unit.
std::string count_text(const PublishedValue& v) {
    return v.has_number() ? format_number(v.number(), 0) : symbol_text(v.symbol());
}

json figure_cell(std::string text, std::string key) {
    return {{"text", std::move(text)}, {"kpi", std::move(key)}, {"numeric", true}};
}

// A revised figure says what the last release showed, when that was a number.
json value_cell(const PublishedCell& cell, const Indicator& ind, std::string key, const Messages& messages) {
    std::string text = display_value(cell.value, ind) + marks(cell);
    if (cell.revised && cell.previous && cell.previous->has_number())
        text = messages.text("table.was", {{"value", text}, {"previous", display_value(*cell.previous, ind)}});
    return figure_cell(std::move(text), std::move(key));
}

json missing_cell() {
    return figure_cell("[x]", "");
}

const Aim* aim_of(const Catalogue& cat, const std::string& id) {
    for (const auto& a : cat.aims) {
        if (a.id == id) return &a;
    }
    return nullptr;
}

// A change is judged (improved, worsened) only when it is one and the
// indicator says which way is better: "no change" is already the amount.
json change_view(const PublishedSeries& total, const Period& to, const Period& from, const Indicator& ind,
                 const Messages& messages) {
    auto f = total.cells.find(from);
    if (f == total.cells.end()) return nullptr;
    const PublishedValue& later = total.cells.at(to).value;
    Change c = compare(f->second.value, later, from, ind);
    std::string judgement = judgement_words(c, messages);
    std::string from_label = period_label(from, messages);
    std::string amount = change_amount(c, ind, messages);
    return {{"from_label", from_label},
            {"amount", amount},
            {"compared_text", messages.text("page.kpi.compared_with", {{"period", from_label}, {"amount", amount}})},
            {"on_text", messages.text("page.kpi.change_on", {{"amount", amount}, {"period", from_label}})},
            {"judgement", judgement},
            {"judgement_class", judgement.empty() ? std::string() : c.judgement},
            {"has_judgement", !judgement.empty()},
            {"sentence", change_sentence(c, f->second.value, later, ind, messages)}};
}

json table(std::string caption, json head, json rows) {
    return {{"caption", std::move(caption)}, {"head", std::move(head)}, {"rows", std::move(rows)}};
}

json heading(std::string text, bool numeric) {
    return {{"text", std::move(text)}, {"numeric", numeric}};
}

// The latest period with a figure in any group of the breakdown.
std::optional<Period> latest_in(const PublishedIndicator& ind, const std::string& breakdown) {
    std::optional<Period> latest;
    for (const PublishedSeries* s : ind.breakdown(breakdown)) {
        if (!s->cells.empty() && (!latest || *latest < s->cells.rbegin()->first)) latest = s->cells.rbegin()->first;
    }
    return latest;
}

// A breakdown's section on the indicator page: its heading, a bar chart of
// the latest period and the table of recent periods.
json breakdown_section(const PublishedKpi& kpi, const PublishedIndicator& ind, const std::string& id,
                       const std::vector<Period>& recent, ChartPage* charts, const Messages& messages) {
    json section = breakdown_table(ind, id, recent, kpi.catalogue, messages);
    const Breakdown* b = kpi.catalogue.breakdown(id);
    section["heading"] = b ? b->title : id;
    section["heading_id"] = "breakdown-" + id;
    auto latest = latest_in(ind, id);
    if (charts && b && latest) {
        section["chart"] = group_bar_chart_view(ind, *b, *latest, kpi.catalogue, ind.def.pos, *charts, messages);
    }
    return section;
}

}  // namespace

std::string figure_key(const std::string& indicator, const Period& period, const std::string& breakdown,
                       const std::string& group, const std::string& measure) {
    return fmt::format("{}/{}/{}/{}/{}", indicator, period.code(), breakdown, group, measure);
}

std::string indicator_download(const std::string& id, const std::string& ext) {
    return "indicators/" + id + "/" + id + ext;
}

std::string release_download(const Period& period, const std::string& ext) {
    return "data/kpi-" + period.slug() + ext;
}

json history_table(const PublishedIndicator& ind, const Messages& messages, std::vector<Period> periods) {
    if (periods.empty()) periods = ind.periods;
    const Indicator& d = ind.def;
    bool pct = d.unit == Unit::percentage;
    json head = json::array({heading(messages.text("table.period"), false),
                             heading(messages.text("table.value_heading",
                                                   {{"title", d.title}, {"unit", chart_text::unit_words(d, messages)}}),
                                     true)});
    if (pct) {
        head.push_back(heading(messages.text("table.numerator"), true));
        head.push_back(heading(messages.text("table.denominator"), true));
    }
    json rows = json::array();
    for (auto it = periods.rbegin(); it != periods.rend(); ++it) {
        const Period& p = *it;
        json cells = json::array();
        if (const PublishedCell* cell = ind.cell("", "", p)) {
            cells.push_back(value_cell(*cell, d, figure_key(d.id, p, "", "", "value"), messages));
            if (pct) {
                cells.push_back(figure_cell(count_text(cell->numerator), figure_key(d.id, p, "", "", "numerator")));
                cells.push_back(figure_cell(count_text(cell->denominator), figure_key(d.id, p, "", "", "denominator")));
            }
        } else {
            for (std::size_t i = 1; i < head.size(); ++i) cells.push_back(missing_cell());
        }
        rows.push_back({{"header", period_label(p, messages)}, {"cells", cells}});
    }
    std::string caption =
        periods.size() == ind.periods.size()
            ? messages.text("table.history.caption.all", {{"title", d.title}})
            : messages.text("table.history.caption.range", {{"title", d.title},
                                                            {"from_period", period_label(periods.front(), messages)},
                                                            {"to_period", period_label(periods.back(), messages)}});
    if (periods.size() == 1)
        caption = messages.text("table.history.caption.one",
                                {{"title", d.title}, {"period", period_label(periods.front(), messages)}});
    return table(caption, head, rows);
}

json breakdown_table(const PublishedIndicator& ind, const std::string& breakdown, const std::vector<Period>& periods,
                     const Catalogue& cat, const Messages& messages) {
    const Indicator& d = ind.def;
    const Breakdown* b = cat.breakdown(breakdown);
    std::string what = b ? b->title : breakdown;
    json head = json::array({heading(what, false)});
    for (const auto& p : periods) head.push_back(heading(period_label(p, messages), true));
    json rows = json::array();
    auto add_row = [&](const std::string& label, const std::string& bd, const std::string& group) {
        json cells = json::array();
        for (const auto& p : periods) {
            const PublishedCell* cell = ind.cell(bd, group, p);
            cells.push_back(cell ? value_cell(*cell, d, figure_key(d.id, p, bd, group, "value"), messages)
                                 : missing_cell());
        }
        rows.push_back({{"header", label}, {"cells", cells}});
    };
    // A group is found, and its figures keyed, by its name in the data.
    for (const PublishedSeries* s : ind.breakdown(breakdown))
        add_row(s->group, breakdown, s->data_group.empty() ? s->group : s->data_group);
    if (d.unit == Unit::count && ind.total()) add_row(messages.text("table.total"), "", "");
    std::string range;
    if (!periods.empty()) {
        range = chart_text::period_range(periods, messages);
    }
    return table(messages.text("table.breakdown.caption", {{"title", d.title},
                                                           {"breakdown", chart_text::lower_first(what)},
                                                           {"periods", range},
                                                           {"unit", chart_text::unit_words(d, messages)}}),
                 head, rows);
}

json headline(const PublishedIndicator& ind, const Messages& messages, const std::optional<Period>& period) {
    const Indicator& d = ind.def;
    const PublishedSeries* total = ind.total();
    if (!total || total->cells.empty()) return nullptr;
    Period p = period.value_or(total->cells.rbegin()->first);
    auto it = total->cells.find(p);
    if (it == total->cells.end()) return nullptr;
    json out{{"title", d.title},
             {"period_label", period_label(p, messages)},
             {"value", value_cell(it->second, d, figure_key(d.id, p, "", "", "value"), messages)},
             {"unit_label", chart_text::unit_words(d, messages)},
             {"on_previous", change_view(*total, p, p.previous(), d, messages)},
             {"on_last_year", change_view(*total, p, p.same_period_last_year(), d, messages)}};
    if (ind.summary && ind.summary->latest == p && ind.summary->rolling_year) {
        out["rolling_year"] = display_value(*ind.summary->rolling_year, d);
        out["rolling_year_text"] =
            messages.text("page.kpi.rolling_year", {{"value", out["rolling_year"].get<std::string>()}});
    }
    return out;
}

std::string summary_sentence(const PublishedIndicator& ind, const Messages& messages) {
    const Indicator& d = ind.def;
    const PublishedSeries* total = ind.total();
    if (!total || total->cells.empty())
        return messages.text("indicator.no_figures", {{"title", chart_text::lower_first(d.title)}});
    const auto& [latest, cell] = *total->cells.rbegin();
    const auto& [first, first_cell] = *total->cells.begin();
    std::string now = level_sentence(d, latest, cell.value, messages);
    if (first == latest) return now;
    Change c = compare(first_cell.value, cell.value, first, d);
    return now + " " + change_sentence(c, first_cell.value, cell.value, d, messages);
}

json indicator_page(const PublishedKpi& kpi, const PublishedIndicator& ind, const std::string& base_url,
                    const std::string& page_url, const std::string& organisation, const Messages& messages,
                    ChartPage* charts) {
    const Indicator& d = ind.def;
    const Aim* aim = aim_of(kpi.catalogue, d.aim);
    std::vector<Period> recent(
        ind.periods.end() - std::min<std::ptrdiff_t>(4, static_cast<std::ptrdiff_t>(ind.periods.size())),
        ind.periods.end());
    json breakdowns = json::array();
    for (const auto& b : d.breakdowns) {
        if (!ind.breakdown(b).empty()) breakdowns.push_back(breakdown_section(kpi, ind, b, recent, charts, messages));
    }
    json caveats = json::array();
    for (const auto& c : d.caveats) caveats.push_back(c);
    // Notes explain revisions, so readers see why a figure changed.
    json notes = json::array();
    for (const auto& s : ind.series) {
        for (const auto& [p, cell] : s.cells) {
            if (cell.note.empty()) continue;
            std::string when = period_label(p, messages);
            std::string where =
                s.breakdown.empty() ? when : messages.text("period.with_group", {{"period", when}, {"group", s.group}});
            notes.push_back({{"where", where}, {"text", cell.note}});
        }
    }
    std::string csv = indicator_download(d.id, ".csv");
    json dataset{
        {"@context", "https://schema.org"},
        {"@type", "Dataset"},
        {"name", d.title},
        {"description", d.definition},
        {"url", base_url + page_url},
        {"creator", {{"@type", "Organization"}, {"name", organisation}}},
        {"isAccessibleForFree", true},
        {"variableMeasured", d.title},
        {"distribution",
         json::array({{{"@type", "DataDownload"}, {"encodingFormat", "text/csv"}, {"contentUrl", base_url + csv}},
                      {{"@type", "DataDownload"},
                       {"encodingFormat", "application/json"},
                       {"contentUrl", base_url + indicator_download(d.id, ".json")}}})}};
    if (!ind.periods.empty()) {
        dataset["temporalCoverage"] = ind.periods.front().start_iso() + "/" + ind.periods.back().end_iso();
    }
    return {{"id", d.id},
            {"definition", d.definition},
            {"source", d.source},
            {"aim_title", aim ? aim->title : d.aim},
            {"unit_label", chart_text::unit_phrase(d, messages)},
            {"polarity_text", polarity_sentence(d.polarity, messages)},
            {"caveats", caveats},
            {"has_caveats", !caveats.empty()},
            {"notes", notes},
            {"has_notes", !notes.empty()},
            {"headline", headline(ind, messages)},
            {"summary_sentence", summary_sentence(ind, messages)},
            {"trend_chart",
             charts && !ind.periods.empty() ? trend_chart_view(ind, {}, d.pos, *charts, messages) : json(nullptr)},
            {"history", history_table(ind, messages)},
            {"breakdowns", breakdowns},
            {"has_breakdowns", !breakdowns.empty()},
            {"downloads",
             {{"csv", d.id + ".csv"},
              {"xlsx", d.id + ".xlsx"},
              {"json", d.id + ".json"},
              {"csvw", d.id + ".csv-metadata.json"}}},
            {"dataset", dataset}};
}

json indicator_index(const PublishedKpi& kpi, const std::function<std::string(const std::string&)>& link_to,
                     const Messages& messages) {
    json aims = json::array();
    for (const auto& aim : kpi.catalogue.aims) {
        json items = json::array();
        for (const auto& ind : kpi.indicators) {
            if (ind.def.aim != aim.id) continue;
            json item{{"title", ind.def.title}, {"url", link_to(ind.def.id)}, {"definition", ind.def.definition}};
            if (json h = headline(ind, messages); !h.is_null()) item["headline"] = h;
            items.push_back(item);
        }
        if (items.empty()) continue;
        aims.push_back({{"id", aim.id}, {"title", aim.title}, {"summary", aim.summary}, {"indicators", items}});
    }
    return aims;
}

json revisions_table(const PublishedKpi& kpi, const std::function<std::string(const std::string&)>& link_to,
                     const Messages& messages) {
    json rows = json::array();
    for (const auto& r : kpi.revisions) {
        const PublishedIndicator* ind = kpi.indicator(r.indicator);
        if (!ind) continue;
        std::string group;
        if (!r.breakdown.empty()) {
            const Breakdown* b = kpi.catalogue.breakdown(r.breakdown);
            group =
                messages.text("table.revision.group", {{"breakdown", b ? b->title : r.breakdown}, {"group", r.group}});
        }
        rows.push_back(
            {{"title", ind->def.title},
             {"url", link_to(ind->def.id)},
             {"period", period_label(r.period, messages)},
             {"group", group},
             {"previous", display_value(r.previous, ind->def)},
             {"revised", display_value(r.revised, ind->def)},
             {"previous_release", r.previous_release},
             {"previous_release_label", messages.text("table.revision.release", {{"release", r.previous_release}})},
             {"revised_release", r.revised_release.empty()
                                     ? messages.text("table.revision.latest")
                                     : messages.text("table.revision.release", {{"release", r.revised_release}})},
             {"reason", r.reason},
             {"has_reason", !r.reason.empty()}});
    }
    std::string caption = messages.plural("page.revisions.caption", static_cast<double>(rows.size()), 0,
                                          {{"count", std::to_string(rows.size())}});
    return {{"rows", rows},
            {"has_rows", !rows.empty()},
            {"count", rows.size()},
            {"caption", caption},
            {"csv", revisions_download}};
}

json release_table(const PublishedKpi& kpi, const Period& period,
                   const std::function<std::string(const std::string&)>& link_to, const Messages& messages) {
    json rows = json::array();
    for (const auto& ind : kpi.indicators) {
        const PublishedCell* cell = ind.cell("", "", period);
        if (!cell) continue;
        json h = headline(ind, messages, period);
        json change = h["on_previous"];
        rows.push_back(
            {{"title", ind.def.title},
             {"url", link_to(ind.def.id)},
             {"value", value_cell(*cell, ind.def, figure_key(ind.def.id, period, "", "", "value"), messages)},
             {"change", change.is_null() ? json(messages.text("change.amount.not_available")) : change["amount"]},
             {"judgement", change.is_null() ? json("") : change["judgement"]},
             {"judgement_class", change.is_null() ? json("") : change["judgement_class"]},
             {"has_judgement", !change.is_null() && change["has_judgement"].get<bool>()}});
    }
    std::string label = period_label(period, messages);
    std::string previous = period_label(period.previous(), messages);
    return {{"period_label", label},
            {"previous_label", previous},
            {"heading", messages.text("page.release.heading", {{"period", label}})},
            {"caption", messages.text("page.release.caption", {{"period", label}, {"previous", previous}})},
            {"change_heading", messages.text("page.release.change_on", {{"previous", previous}})},
            {"rows", rows},
            {"downloads",
             {{"csv", release_download(period, ".csv")},
              {"xlsx", release_download(period, ".xlsx")},
              {"json", release_download(period, ".json")},
              {"csvw", release_download(period, ".csv-metadata.json")}}}};
}

}  // namespace candour
