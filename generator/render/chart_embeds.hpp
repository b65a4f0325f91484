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
#include "kpi/published.hpp"
#include "model/chart_view.hpp"
#include "render/kpi_embeds.hpp"

namespace YAML {
class Node;
}

namespace candour {

class YamlFields;

class ChartEmbeds final : public Embeds {
public:
    ChartEmbeds(KpiEmbeds& figures, const PublishedKpi& kpi, PageRenderer& renderer, ChartPage page)
        : figures_(figures), kpi_(kpi), renderer_(renderer), page_(std::move(page)) {}

    std::optional<std::string> block(const std::string& info, const std::string& body, const std::string& file,
                                     int first_line, Diagnostics& diags) override;
    std::optional<std::string> inline_code(const std::string& code, const SourcePos& pos, Diagnostics& diags) override {
        return figures_.inline_code(code, pos, diags);
    }

    bool used() const { return used_; }  // a chart was placed (or asked for)

private:
    struct Request;
    std::optional<nlohmann::json> chart(const Request& r, Diagnostics& diags);
    std::optional<nlohmann::json> one_period_chart(const Request& r, ChartPage& page, Diagnostics& diags);
    const Breakdown* find_breakdown(const Request& r, Diagnostics& diags) const;

    KpiEmbeds& figures_;
    const PublishedKpi& kpi_;
    PageRenderer& renderer_;
    ChartPage page_;
    bool used_ = false;
};

}  // namespace candour
