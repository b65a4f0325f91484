#pragma once
// Charts placed on pages while they render (on several threads). A page
// holds a marker where its chart goes; once every page is rendered the
// distinct specs are drawn in one go and the markers replaced, so the
// renderer starts at most once a build.
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "charts/chart.hpp"
#include "diagnostics/diagnostic.hpp"

namespace candour {

struct ChartPlacement {
    std::string id;             // unique on its page: "chart-charges-trend"
    std::string marker;         // stands in the page's HTML for the wide drawing
    std::string narrow_marker;  // and for the narrow one (its SVG's ids end "-narrow")
    std::string csv_file;       // the downloads, beside the page: "charges-trend.csv"
    std::string spec_file;      // "charges-trend.vl.json"
};

struct PendingSpec {
    std::string key;        // spec_key() of the spec
    std::string spec_text;  // one line of JSON, as sent to the renderer
    SourcePos origin;       // where the first chart with this spec was asked for
};

class ChartCollector {
public:
    // `salt` goes into every spec's key (see renderer_salt()).
    explicit ChartCollector(std::string salt) : salt_(std::move(salt)) {}

    // Records that the page published in `page_dir` ("indicators/charges/")
    // shows `chart` (both its drawings), asked for at `origin`. Thread-safe.
    ChartPlacement place(const std::string& page_dir, const Chart& chart, const SourcePos& origin);

    // Every distinct spec, by key.
    std::vector<PendingSpec> specs() const;
    // path -> bytes of every chart's CSV and Vega-Lite downloads.
    std::map<std::string, std::string> downloads() const;
    bool empty() const;

    // `html` with each marker replaced by its chart's SVG (`svgs`: key ->
    // tidied SVG). A marker without an SVG is removed.
    std::string place_svgs(const std::string& html, const std::map<std::string, std::string>& svgs) const;

private:
    std::string add_spec(const nlohmann::json& spec, const SourcePos& origin);  // its key; mutex_ held

    struct Placed {
        std::string key;
        std::string id;
        std::string title;
        std::string description;
    };
    mutable std::mutex mutex_;
    std::string salt_;
    std::map<std::string, PendingSpec> specs_;          // by key
    std::map<std::string, Placed> placed_;              // by marker
    std::map<std::string, std::set<std::string>> ids_;  // page -> ids used on it
    std::map<std::string, std::string> downloads_;
};

}  // namespace candour
