#include "render/kpi_downloads.hpp"

#include <nlohmann/json.hpp>

#include "kpi/format.hpp"
#include "model/kpi_view.hpp"

namespace candour {

using nlohmann::json;

namespace {

struct Row {
    const PublishedIndicator* ind;
    const PublishedSeries* series;
    Period period;
    const PublishedCell* cell;
};

struct ColumnDef {
    const char* name;
    const char* title;
    const char* datatype;
    const char* description;
};

constexpr ColumnDef columns[] = {
    {"indicator", "Indicator", "string", "The indicator's id in the KPI catalogue"},
    {"indicator_title", "Indicator title", "string", "What the indicator measures"},
    {"period", "Period", "string", "Financial-year quarter (2024-25 Q1 is April to June 2024), month or financial year"},
    {"period_label", "Period label", "string", "The period in words"},
    {"breakdown", "Breakdown", "string", "How the figure is broken down; empty for the overall figure"},
    {"group", "Group", "string", "The group within the breakdown; empty for the overall figure"},
    {"value", "Value", "string", "The figure, or a symbol: [c] confidential, [x] not available, [z] not applicable"},
    {"numerator", "Numerator", "string", "For percentages: the count the percentage is of, or a symbol"},
    {"denominator", "Denominator", "string", "For percentages: the total, or a symbol"},
    {"unit", "Unit", "string", "count, percentage, median_days, rate or score"},
    {"status", "Status", "string", "p provisional, r revised, empty final"},
    {"note", "Note", "string", "A note on the figure"},
};

std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::vector<std::string> fields_of(const Row& r) {
    const Indicator& d = r.ind->def;
    bool pct = d.unit == Unit::percentage;
    std::string status = r.cell->revised ? "r" : (r.cell->provisional ? "p" : "");
    return {d.id,
            d.title,
            r.period.code(),
            r.period.label(),
            r.series->breakdown,
            r.series->group,
            download_value(r.cell->value, d.decimals),
            pct ? download_value(r.cell->numerator, 0) : "",
            pct ? download_value(r.cell->denominator, 0) : "",
            unit_name(d.unit),
            status,
            r.cell->note};
}

std::string to_csv(const std::vector<Row>& rows) {
    std::string out;
    for (const auto& c : columns) out += std::string(out.empty() ? "" : ",") + c.name;
    out += "\r\n";  // RFC 4180
    for (const auto& r : rows) {
        std::string line;
        for (const auto& f : fields_of(r)) line += (line.empty() ? "" : ",") + csv_field(f);
        out += line + "\r\n";
    }
    return out;
}

json to_json(const std::vector<Row>& rows, const std::string& title) {
    json obs = json::array();
    for (const auto& r : rows) {
        json o = json::object();
        auto f = fields_of(r);
        for (std::size_t i = 0; i < f.size(); ++i) o[columns[i].name] = f[i];
        obs.push_back(o);
    }
    return {{"title", title}, {"symbols", {{"[c]", "confidential"}, {"[x]", "not available"}, {"[z]", "not applicable"}}},
            {"observations", obs}};
}

json csvw(const std::string& csv_name, const std::string& title) {
    json cols = json::array();
    for (const auto& c : columns) {
        cols.push_back({{"name", c.name}, {"titles", c.title}, {"datatype", c.datatype}, {"dc:description", c.description}});
    }
    return {{"@context", "http://www.w3.org/ns/csvw"},
            {"url", csv_name},
            {"dc:title", title},
            {"dialect", {{"header", true}, {"lineTerminators", json::array({"\r\n"})}}},
            {"tableSchema",
             {{"columns", cols}, {"primaryKey", json::array({"indicator", "period", "breakdown", "group"})}}}};
}

void add_set(std::vector<OutputFile>& out, const std::string& path_stem, const std::vector<Row>& rows,
             const std::string& title) {
    std::string name = path_stem.substr(path_stem.rfind('/') + 1);
    out.push_back({path_stem + ".csv", to_csv(rows)});
    out.push_back({path_stem + ".json", to_json(rows, title).dump(2) + "\n"});
    out.push_back({path_stem + ".csv-metadata.json", csvw(name + ".csv", title).dump(2) + "\n"});
}

}  // namespace

std::vector<OutputFile> render_kpi_downloads(const PublishedKpi& kpi, const std::string& /*base_url*/) {
    std::vector<OutputFile> out;
    std::map<Period, std::vector<Row>> by_period;
    for (const auto& ind : kpi.indicators) {
        std::vector<Row> rows;
        for (const auto& s : ind.series) {
            for (const auto& [p, cell] : s.cells) rows.push_back({&ind, &s, p, &cell});
        }
        std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.period < b.period; });
        for (const auto& r : rows) by_period[r.period].push_back(r);
        std::string stem = indicator_download(ind.def.id, "");
        add_set(out, stem, rows, ind.def.title);
    }
    for (const auto& [period, rows] : by_period) {
        add_set(out, release_download(period, ""), rows, "Published KPI figures for " + period.label());
    }
    return out;
}

}  // namespace candour
