#pragma once
// ```kpi blocks and `kpi ...` spans, drawn from published figures only.
//
//   ```kpi
//   indicator: charge-rate
//   breakdown: relationship        (optional)
//   periods: 2023-24 Q3 to 2024-25 Q2   (or "latest", one period, "last 4")
//   show: table                    (or "headline")
//   ```
//
//   The charge rate was `kpi charge-rate 2024-25 Q2`.
#include <functional>
#include <vector>

#include "kpi/published.hpp"
#include "render/embeds.hpp"
#include "render/page_renderer.hpp"

namespace candour {

class KpiEmbeds final : public Embeds {
public:
    // `link_to` gives the address of an indicator's page from the page being rendered.
    KpiEmbeds(const PublishedKpi& kpi, PageRenderer& renderer, std::function<std::string(const std::string&)> link_to)
        : kpi_(kpi), renderer_(renderer), link_to_(std::move(link_to)) {}

    std::optional<std::string> block(const std::string& info, const std::string& body, const std::string& file,
                                     int first_line, Diagnostics& diags) override;
    std::optional<std::string> inline_code(const std::string& code, const SourcePos& pos, Diagnostics& diags) override;

    bool used() const { return used_; }
    // The theme's words, for the tables here and the charts of ```chart blocks.
    const Messages& messages() const { return renderer_.messages(); }

    // Shared with ```chart blocks: the indicator named at `pos`, and the
    // periods a `periods:` field names; both report located errors.
    const PublishedIndicator* find_indicator(const std::string& id, const SourcePos& pos, Diagnostics& diags) const;
    std::optional<std::vector<Period>> parse_periods(const std::string& text, const PublishedIndicator& ind,
                                                     const SourcePos& pos, Diagnostics& diags) const;

private:
    const PublishedKpi& kpi_;
    PageRenderer& renderer_;
    std::function<std::string(const std::string&)> link_to_;
    bool used_ = false;
};

}  // namespace candour
