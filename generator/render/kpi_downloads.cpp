#include "render/kpi_downloads.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "accountability/accountability.hpp"
#include "io/csv_writer.hpp"
#include "io/parallel.hpp"
#include "kpi/download_row.hpp"
#include "kpi/format.hpp"
#include "kpi/published_survey.hpp"
#include "model/kpi_view.hpp"
#include "render/kpi_workbook.hpp"

namespace candour {

using nlohmann::json;

namespace {

struct Row {
    const PublishedIndicator* ind;
    const PublishedSeries* series;
    Period period;
    const PublishedCell* cell;

    std::vector<std::string> fields() const {
        return download_row(ind->def, period, series->breakdown, series->group, *cell);
    }
};

using Fields = std::vector<std::vector<std::string>>;

std::string to_csv(const Fields& rows) {
    CsvWriter csv(download_columns(), numeric_download_columns());
    for (const auto& f : rows) csv.add(f);
    return csv.text();
}

// A JSON string as nlohmann::json::dump writes it (UTF-8 kept, control
// characters escaped), without building a value for each cell.
void append_json_string(std::string& out, std::string_view s) {
    out += '"';
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (c < 0x20)
                    out += fmt::format("\\u{:04x}", c);
                else
                    out += ch;
        }
    }
    out += '"';
}

// Written directly rather than through a JSON tree: a national site has
// millions of observations. The same layout json::dump(2) gives, keys sorted.
std::string to_json(const Fields& rows, const std::string& title) {
    const auto& names = download_columns();
    std::vector<std::size_t> order(names.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return names[a] < names[b]; });
    std::string out = "{\n  \"observations\": [";
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto& f = rows[r];
        out += r ? ",\n    {" : "\n    {";
        for (std::size_t k = 0; k < order.size(); ++k) {
            out += k ? ",\n      " : "\n      ";
            append_json_string(out, names[order[k]]);
            out += ": ";
            append_json_string(out, f[order[k]]);
        }
        out += "\n    }";
    }
    out += rows.empty() ? "]" : "\n  ]";
    out +=
        ",\n  \"symbols\": {\n    \"[c]\": \"confidential\",\n    \"[x]\": \"not available\",\n    \"[z]\": "
        "\"not applicable\"\n  },\n  \"title\": ";
    append_json_string(out, title);
    return out + "\n}";
}

json csvw(const std::string& csv_name, const std::string& title, json cols, json key) {
    return {{"@context", "http://www.w3.org/ns/csvw"},
            {"url", csv_name},
            {"dc:title", title},
            {"dialect", {{"header", true}, {"lineTerminators", json::array({"\r\n"})}}},
            {"tableSchema", {{"columns", std::move(cols)}, {"primaryKey", std::move(key)}}}};
}

json kpi_columns() {
    json cols = json::array();
    for (const auto& c : download_column_defs()) {
        cols.push_back(
            {{"name", c.name}, {"titles", c.title}, {"datatype", c.datatype}, {"dc:description", c.description}});
    }
    return cols;
}

// One download in four files: CSV, JSON, the CSV's CSVW metadata and a
// spreadsheet (render/kpi_workbook.hpp).
struct DownloadSet {
    std::string path_stem;
    std::vector<Row> rows;
    std::string title;
    std::optional<Period> release;  // the period of a release download
    // A release still online with its CSV frozen: its spreadsheet is made
    // from that CSV (build/frozen_spreadsheets.hpp), not from these rows.
    bool frozen = false;
};

std::vector<OutputFile> render_set(const DownloadSet& set, const DownloadCover& about, const Catalogue& catalogue) {
    Fields fields;
    fields.reserve(set.rows.size());
    for (const auto& r : set.rows) fields.push_back(r.fields());
    std::string name = set.path_stem.substr(set.path_stem.rfind('/') + 1);
    std::vector<OutputFile> out;
    out.push_back({set.path_stem + ".csv", to_csv(fields)});
    out.push_back({set.path_stem + ".json", to_json(fields, set.title) + "\n"});
    out.push_back(
        {set.path_stem + ".csv-metadata.json",
         csvw(name + ".csv", set.title, kpi_columns(), json::array({"indicator", "period", "breakdown", "group"}))
                 .dump(2) +
             "\n"});
    if (about.site && !set.frozen) {
        out.push_back({set.path_stem + ".xlsx", kpi_workbook(fields, set.title, set.release, catalogue, about)});
    }
    return out;
}

std::string count_text(const PublishedValue& v) {
    return download_value(v, 0);
}

// The interview ratings as the findings pages show them, one row a cell.
// data/revisions.csv: every revision on the revisions page, one a row.
void add_revisions(std::vector<OutputFile>& out, const PublishedKpi& kpi) {
    CsvWriter csv({"indicator", "period", "breakdown", "group", "previous", "revised", "previous_release",
                   "revised_release", "reason"},
                  {false, false, false, false, true, true, false, false, false});
    for (const auto& r : kpi.revisions) {
        const PublishedIndicator* ind = kpi.indicator(r.indicator);
        if (!ind) continue;
        csv.add({r.indicator, r.period.code(), r.breakdown, r.group, display_value(r.previous, ind->def),
                 display_value(r.revised, ind->def), r.previous_release,
                 r.revised_release.empty() ? std::string("latest") : r.revised_release, r.reason});
    }
    out.push_back({revisions_download, csv.text()});
}

void add_survey(std::vector<OutputFile>& out, const PublishedSurvey& survey) {
    auto theme_title = [](const std::string& id) {
        const Theme* t = find_theme(id);
        return t ? t->title : id;
    };
    auto breakdown_title = [&](const std::string& id) {
        for (const auto& b : survey.breakdowns) {
            if (b.id == id) return b.title;
        }
        return id;
    };
    CsvWriter csv(survey_download_columns(), {false, false, false, false, false, false, false, false, false, true});
    // `breakdown` and `group` empty: everyone interviewed.
    auto add_row = [&](const SurveyTable& t, const std::string& breakdown, const std::string& group,
                       const SurveyRow& row, bool cumulative) {
        std::string period = cumulative ? survey_all_periods : row.period.code();
        std::string label = cumulative ? "All periods together" : row.period.label();
        std::string btitle = breakdown.empty() ? "" : breakdown_title(breakdown);
        for (std::size_t i = 0; i < survey_rating_count; ++i) {
            csv.add({t.theme, theme_title(t.theme), breakdown, btitle, group, period, label, survey_ratings[i].id,
                     survey_ratings[i].label, count_text(row.ratings[i])});
        }
        csv.add({t.theme, theme_title(t.theme), breakdown, btitle, group, period, label, survey_total_rating,
                 "Total interviewed", count_text(row.total)});
    };
    for (const auto& t : survey.tables) {
        for (const auto& row : t.rows) add_row(t, "", "", row, false);
        add_row(t, "", "", t.cumulative, true);
        for (const auto& g : t.groups) {
            for (const auto& row : g.rows) add_row(t, g.breakdown, g.group, row, false);
            add_row(t, g.breakdown, g.group, g.cumulative, true);
        }
    }
    json cols = json::array();
    for (const auto& c : survey_download_columns()) cols.push_back({{"name", c}, {"datatype", "string"}});
    std::string stem = survey_download_file;
    out.push_back({stem + ".csv", csv.text()});
    out.push_back(
        {stem + ".csv-metadata.json", csvw("survey-ratings.csv", "How victims and survivors rated the police, by theme",
                                           cols, json::array({"theme", "breakdown", "group", "period", "rating"}))
                                              .dump(2) +
                                          "\n"});
}

}  // namespace

std::vector<OutputFile> render_kpi_downloads(const PublishedKpi& kpi, const DownloadCover& about, int jobs) {
    std::vector<DownloadSet> sets;
    std::map<Period, std::vector<Row>> by_period;
    for (const auto& ind : kpi.indicators) {
        std::vector<Row> rows;
        for (const auto& s : ind.series) {
            for (const auto& [p, cell] : s.cells) rows.push_back({&ind, &s, p, &cell});
        }
        std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.period < b.period; });
        for (const auto& r : rows) by_period[r.period].push_back(r);
        sets.push_back({indicator_download(ind.def.id, ""), std::move(rows), ind.def.title, std::nullopt, false});
    }
    std::set<std::string> frozen;
    for (const auto& [release, files] : kpi.editions) frozen.insert(files.begin(), files.end());
    for (auto& [period, rows] : by_period) {
        sets.push_back({release_download(period, ""), std::move(rows), release_download_title(period), period,
                        frozen.count(release_download(period, ".csv")) > 0});
    }
    // A national site has a million figures, each in two downloads: the sets
    // are written in parallel, each into its own slot, so the order is fixed.
    std::vector<std::vector<OutputFile>> rendered(sets.size());
    parallel_for(sets.size(), worker_count(jobs, sets.size()),
                 [&](std::size_t i, int) { rendered[i] = render_set(sets[i], about, kpi.catalogue); });
    std::vector<OutputFile> out;
    for (auto& files : rendered) {
        for (auto& f : files) out.push_back(std::move(f));
    }
    if (kpi.survey && !kpi.survey->tables.empty()) add_survey(out, *kpi.survey);
    if (!kpi.editions.empty()) add_revisions(out, kpi);
    return out;
}

}  // namespace candour
