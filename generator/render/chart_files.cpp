#include "render/chart_files.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "charts/node_renderer.hpp"
#include "model/view_model.hpp"

namespace candour {

namespace {

bool is_page(const OutputFile& f) {
    return f.path.size() > 5 && f.path.compare(f.path.size() - 5, 5, ".html") == 0;
}

// Where each interactive script comes from: the pinned npm packages (never
// a CDN) and candour's own progressive enhancement.
std::string script_source(const std::string& asset) {
    if (asset == "js/vega.min.js") return "node_modules/vega/build/vega.min.js";
    if (asset == "js/vega-lite.min.js") return "node_modules/vega-lite/build/vega-lite.min.js";
    if (asset == "js/vega-embed.min.js") return "node_modules/vega-embed/build/vega-embed.min.js";
    return "enhance-charts.js";
}

void add_scripts(std::vector<OutputFile>& files, const SiteConfig& config, const ChartOptions& options,
                 Diagnostics& diags) {
    for (const auto& asset : interactive_chart_scripts()) {
        std::filesystem::path from = std::filesystem::path(options.charts_dir) / script_source(asset);
        std::ifstream in(from, std::ios::binary);
        if (!in) {
            diags.error(config.charts_pos, fmt::format("interactive charts need {}, which is missing", from.string()),
                        chart_install_hint(options.charts_dir));
            return;
        }
        std::ostringstream bytes;
        bytes << in.rdbuf();
        files.push_back({"assets/" + asset, bytes.str()});
    }
}

}  // namespace

void add_chart_files(std::vector<OutputFile>& files, const ChartCollector& charts, const SiteConfig& config,
                     const ChartOptions& options, Diagnostics& diags, ChartStats* stats) {
    if (charts.empty()) return;
    auto svgs = draw_charts(charts, options, diags, stats);
    for (auto& f : files) {
        if (is_page(f)) f.bytes = charts.place_svgs(f.bytes, svgs);
    }
    for (auto& [path, bytes] : charts.downloads()) files.push_back({path, bytes});
    if (config.charts_interactive) add_scripts(files, config, options, diags);
}

}  // namespace candour
