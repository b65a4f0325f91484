#pragma once
// View models for KPI figures: indicator pages, the indicators index, the
// headline table of a quarterly report, and tables placed in narrative.
// Everything here reads published figures only.
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "kpi/published.hpp"
#include "messages/messages.hpp"

namespace candour {

struct ChartPage;

// The key a figure carries in the page (data-kpi="..."), matching the row of
// the CSV download it came from: indicator/period/breakdown/group/measure.
std::string figure_key(const std::string& indicator, const Period& period, const std::string& breakdown,
                       const std::string& group, const std::string& measure);

// One table: caption, column headings, rows of figures. `link_root` is the
// relative path to the site root from the page showing it.
// The overall figure for `periods` (all periods when empty), latest first.
nlohmann::json history_table(const PublishedIndicator& ind, std::vector<Period> periods = {});
nlohmann::json breakdown_table(const PublishedIndicator& ind, const std::string& breakdown,
                               const std::vector<Period>& periods, const Catalogue& cat);

// The latest figure with its changes, in numbers and words.
nlohmann::json headline(const PublishedIndicator& ind, const Messages& messages,
                        const std::optional<Period>& period = std::nullopt);

// One sentence saying what the series did, for a text summary.
std::string summary_sentence(const PublishedIndicator& ind, const Messages& messages);

// With `charts`, the page has a trend chart and a bar chart for each breakdown.
nlohmann::json indicator_page(const PublishedKpi& kpi, const PublishedIndicator& ind, const std::string& base_url,
                              const std::string& page_url, const std::string& organisation, const Messages& messages,
                              ChartPage* charts = nullptr);

// Aims with their indicators; `link_to` gives the relative address of an indicator page.
nlohmann::json indicator_index(const PublishedKpi& kpi, const std::function<std::string(const std::string&)>& link_to,
                               const Messages& messages);

// Every indicator's overall figure for one period, with its change.
nlohmann::json release_table(const PublishedKpi& kpi, const Period& period,
                             const std::function<std::string(const std::string&)>& link_to, const Messages& messages);

// Where downloads are published, relative to the site root.
std::string indicator_download(const std::string& id, const std::string& ext);
std::string release_download(const Period& period, const std::string& ext);

// Every revision since the oldest release online (data/revisions.csv too).
inline constexpr const char* revisions_download = "data/revisions.csv";
nlohmann::json revisions_table(const PublishedKpi& kpi, const std::function<std::string(const std::string&)>& link_to,
                               const Messages& messages);

}  // namespace candour
