#include "charts/chart_data.hpp"

#include "charts/chart_text.hpp"
#include "kpi/format.hpp"

namespace candour {

using nlohmann::json;

std::vector<ChartCell> series_cells(const PublishedIndicator& ind, const std::string& breakdown,
                                    const std::string& group, const std::vector<Period>& periods) {
    std::vector<ChartCell> out;
    for (const auto& p : periods) out.push_back({p, group, ind.cell(breakdown, group, p)});
    return out;
}

json value_json(const ChartCell& c) {
    if (!c.shown()) return nullptr;
    return c.cell->value.number();
}

std::string shown_text(const ChartCell& c, const Indicator& ind) {
    // A hidden figure is its symbol alone: whether it was provisional says nothing.
    if (!c.shown()) return symbol_text(c.symbol());
    std::string text = display_value(c.cell->value, ind);
    if (c.cell->revised) text += " [r]";
    if (c.cell->provisional) text += " [p]";
    return text;
}

std::string status_text(const ChartCell& c) {
    if (c.cell && c.cell->revised) return "revised";
    if (c.cell && c.cell->provisional) return "provisional";
    return "final";
}

std::vector<Symbol> hidden_symbols(const std::vector<ChartCell>& cells) {
    std::vector<Symbol> out;
    for (const auto& c : cells) {
        if (!c.shown()) out.push_back(c.symbol());
    }
    return out;
}

json chart_row(const ChartCell& c, const Indicator& ind) {
    return {{"period", c.period.code()},
            {"period_label", c.period.label()},
            {"label", chart_text::short_label(c.period)},
            {"group", c.group},
            {"value", value_json(c)},
            {"shown", shown_text(c, ind)},
            {"status", status_text(c)},
            {"symbol", c.shown() ? "" : symbol_text(c.symbol())}};
}

void CsvText::add(const std::vector<std::string>& row) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
        const std::string& s = row[i];
        if (i) line += ',';
        if (s.find_first_of(",\"\r\n") == std::string::npos) {
            line += s;
            continue;
        }
        line += '"';
        for (char c : s) line += c == '"' ? std::string("\"\"") : std::string(1, c);
        line += '"';
    }
    text_ += line + "\r\n";
}

std::string cells_csv(const std::vector<ChartCell>& cells, const Indicator& ind, const std::string& group_heading) {
    bool groups = !group_heading.empty();
    std::vector<std::string> header = {"indicator", "period", "period_label", "value", "status"};
    if (groups) header.insert(header.begin() + 3, group_heading);
    CsvText csv(header);
    for (const auto& c : cells) {
        std::string value = c.cell ? download_value(c.cell->value, ind.decimals) : symbol_text(Symbol::not_available);
        std::string status = status_text(c);
        std::vector<std::string> row = {ind.id, c.period.code(), c.period.label(), value,
                                        status == "final" ? "" : status};
        if (groups) row.insert(row.begin() + 3, c.group);
        csv.add(row);
    }
    return csv.text();
}

}  // namespace candour
