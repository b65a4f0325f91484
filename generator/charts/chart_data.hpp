#pragma once
// Published cells as the rows a chart draws. A value not shown becomes a
// null with its symbol beside it, so Vega draws a gap, never a zero, and the
// hidden number is never in the spec (it never reached this stage).
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "io/csv_writer.hpp"
#include "kpi/published.hpp"
#include "messages/messages.hpp"

namespace candour {

// A published cell, or nothing at all for that period and group.
struct ChartCell {
    Period period;
    std::string breakdown;  // "" for the overall figure
    std::string group;      // as the chart labels it; "" for the overall figure unless it is a bar
    const PublishedCell* cell = nullptr;

    bool shown() const { return cell && cell->value.has_number(); }
    Symbol symbol() const { return cell ? cell->value.symbol() : Symbol::not_available; }
};

// Cells of one series (breakdown and group) for `periods`, in that order.
std::vector<ChartCell> series_cells(const PublishedIndicator& ind, const std::string& breakdown,
                                    const std::string& group, const std::vector<Period>& periods);

// The number, or null when not shown.
nlohmann::json value_json(const ChartCell& c);
// As pages write it, with the table's marks: "52 [p]", "14.0%", "[c]".
std::string shown_text(const ChartCell& c, const Indicator& ind);
// "provisional", "revised" or "final": provisional figures are drawn hollow.
std::string status_text(const ChartCell& c);
// The symbols of every cell not shown, for the chart's note.
std::vector<Symbol> hidden_symbols(const std::vector<ChartCell>& cells);

// The row a chart's data has for a cell: period code and labels, group,
// value (or null), the text shown, status and symbol.
nlohmann::json chart_row(const ChartCell& c, const Indicator& ind, const Messages& m);

// A chart's data download: the published rows the chart draws, in the same
// columns as the indicator's own download (and its CSV on the Web
// metadata), so the two always agree.
std::string cells_csv(const std::vector<ChartCell>& cells, const Indicator& ind);

}  // namespace candour
