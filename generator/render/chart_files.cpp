#include "render/chart_files.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "charts/node_renderer.hpp"
#include "model/view_model.hpp"

namespace candour {

namespace {

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

std::vector<OutputFile> take_chart_files(SiteModel& site, const SiteConfig& config, const ChartOptions& options,
                                         Diagnostics& diags) {
    std::vector<OutputFile> files;
    for (auto& page : site.pages) {
        for (auto& f : page.chart_files) files.push_back(std::move(f));
        page.chart_files.clear();
    }
    if (!files.empty() && config.charts_interactive) add_scripts(files, config, options, diags);
    return files;
}

}  // namespace candour
