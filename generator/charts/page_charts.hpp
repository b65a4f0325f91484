#pragma once
// The charts one page shows, in the order the page places them: a
// ChartRequest for each (what the chart stage draws) and its two downloads
// beside the page. One per page and built by one thread, so chart names and
// their order never depend on how pages were shared out.
#include <string>
#include <vector>

#include "charts/chart.hpp"
#include "charts/chart_request.hpp"
#include "charts/chart_style.hpp"
#include "io/output_file.hpp"
#include "messages/messages.hpp"

namespace candour {

struct ChartPlacement {
    std::size_t index = 0;  // of its request on the page
    std::string id;         // "chart-charges-trend"
    std::string csv_file;   // the downloads, beside the page: "charges-trend.csv"
    std::string spec_file;  // "charges-trend.vl.json"
};

class PageCharts {
public:
    // `page_dir`: the folder the page is published in ("indicators/charges/");
    // `messages` word each drawing's text alternative (chart.description).
    // `palette`: the theme's chart colours, when not the default theme's
    // (null): each chart placed is recoloured with them.
    PageCharts(std::string page_dir, const Messages& messages, const chart_style::Palette* palette = nullptr)
        : page_dir_(std::move(page_dir)), messages_(&messages), palette_(palette) {}

    // Records that the page shows `chart` (both its drawings), asked for at `origin`.
    ChartPlacement place(const Chart& chart, const SourcePos& origin);

    const std::vector<ChartRequest>& requests() const { return requests_; }
    std::vector<ChartRequest> take_requests() { return std::move(requests_); }
    std::vector<OutputFile> take_downloads() { return std::move(downloads_); }

private:
    std::string page_dir_;
    const Messages* messages_;
    const chart_style::Palette* palette_;
    std::vector<ChartRequest> requests_;
    std::vector<OutputFile> downloads_;
};

}  // namespace candour
