#pragma once
// Stage: charts. Builders (one a chart type) turn published figures into
// Vega-Lite specs; pages place them through a ChartCollector; draw_charts()
// turns every distinct spec into SVG, from the cache or with one Node.js
// process, which starts only if some chart is not cached.
#include <map>
#include <string>

#include "charts/chart_collector.hpp"
#include "diagnostics/diagnostics.hpp"
#include "io/data_dir.hpp"

namespace candour {

struct ChartOptions {
    std::string charts_dir = data_path("charts");  // render-charts.mjs and its node_modules
    std::string cache_dir;                         // empty: nothing kept between builds
    std::string node = "node";                     // the Node.js program, looked up on PATH
};

struct ChartStats {
    int drawn = 0;   // by the renderer this build
    int cached = 0;  // taken from the cache
    bool renderer_started = false;
};

// Part of every spec's key: the renderer script, the pinned package
// versions and the font metrics (read from `charts_dir`), and the version
// of the SVG clean-up. Changing any of them redraws every chart.
std::string renderer_salt(const std::string& charts_dir);

// key -> SVG (tidied, ready for place_svgs) for every spec `charts` holds.
// A renderer that is missing or fails is an error located at the first
// chart it was needed for, with a hint saying how to install it.
std::map<std::string, std::string> draw_charts(const ChartCollector& charts, const ChartOptions& options,
                                               Diagnostics& diags, ChartStats* stats = nullptr);

}  // namespace candour
