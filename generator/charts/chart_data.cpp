#include "charts/chart_data.hpp"

#include "charts/chart_text.hpp"
#include "kpi/download_row.hpp"
#include "kpi/format.hpp"
#include "messages/period_words.hpp"

namespace candour {

using nlohmann::json;

std::vector<ChartCell> series_cells(const PublishedIndicator& ind, const std::string& breakdown,
                                    const std::string& group, const std::vector<Period>& periods) {
    std::vector<ChartCell> out;
    for (const auto& p : periods) out.push_back({p, breakdown, group, ind.cell(breakdown, group, p)});
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

json chart_row(const ChartCell& c, const Indicator& ind, const Messages& m) {
    return {{"period", c.period.code()},
            {"period_label", period_label(c.period, m)},
            {"label", chart_text::short_label(c.period, m)},
            {"group", c.group},
            {"value", value_json(c)},
            {"shown", shown_text(c, ind)},
            {"status", status_text(c)},
            {"symbol", c.shown() ? "" : symbol_text(c.symbol())}};
}

std::string cells_csv(const std::vector<ChartCell>& cells, const Indicator& ind) {
    CsvWriter csv(download_columns(), numeric_download_columns());
    for (const auto& c : cells) {
        if (!c.cell) continue;  // no figure at all: the indicator's download has no row either
        csv.add(download_row(ind, c.period, c.breakdown, c.breakdown.empty() ? "" : c.group, *c.cell));
    }
    return csv.text();
}

}  // namespace candour
