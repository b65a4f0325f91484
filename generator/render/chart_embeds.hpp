#pragma once
// ```chart blocks in narrative, drawn from published figures only:
//
//   ```chart
//   indicator: charges
//   type: grouped             (trend, bars, grouped, stacked or survey)
//   breakdown: relationship   (for every type but trend)
//   periods: last 4           (as in ```kpi blocks)
//   target: 60                (trend only: a target line)
//   title: ...                (the editor's own title and text summary,
//   summary: ...               in place of the ones candour writes)
//   ```
//
// Every other block and inline span goes to the KPI figures, so a page has
// one Embeds that knows both. A wrong field is a located error.
//
// A chart's HTML needs its drawings, which the chart stage makes after the
// model: a chart block leaves `chart_slot` in the narrative's HTML and its
// view model here, and render puts the kpi-chart partial there
// (site_model.hpp, BodyParts).
#include <string_view>
#include <vector>

#include "kpi/published.hpp"
#include "model/chart_view.hpp"
#include "render/kpi_embeds.hpp"

namespace YAML {
class Node;
}

namespace candour {

class YamlFields;

// Where a chart block's chart goes in the narrative's HTML. Never in a
// site's own text: load refuses files with invisible control characters.
inline constexpr std::string_view chart_slot = "\x1E";

class ChartEmbeds final : public Embeds {
public:
    ChartEmbeds(KpiEmbeds& figures, const PublishedKpi& kpi, ChartPage page)
        : figures_(figures), kpi_(kpi), page_(std::move(page)) {}

    std::optional<std::string> block(const std::string& info, const std::string& body, const std::string& file,
                                     int first_line, Diagnostics& diags) override;
    std::optional<std::string> inline_code(const std::string& code, const SourcePos& pos, Diagnostics& diags) override {
        return figures_.inline_code(code, pos, diags);
    }

    bool used() const { return used_; }  // a chart was placed (or asked for)
    // The view model of each chart placed, in the order of their slots.
    std::vector<nlohmann::json> take_charts() { return std::move(charts_); }

private:
    struct Request;
    std::optional<nlohmann::json> chart(const Request& r, Diagnostics& diags);
    std::optional<nlohmann::json> one_period_chart(const Request& r, ChartPage& page, Diagnostics& diags);
    const Breakdown* find_breakdown(const Request& r, Diagnostics& diags) const;

    KpiEmbeds& figures_;
    const PublishedKpi& kpi_;
    ChartPage page_;
    std::vector<nlohmann::json> charts_;
    bool used_ = false;
};

}  // namespace candour
