#pragma once
// Stage: charts. Builders (one a chart type) turn published figures into
// Vega-Lite specs; the model asks for them as ChartRequests, page by page;
// draw_charts() turns every distinct spec into SVG, from the cache or with
// Node.js renderer processes, started only if some chart is not cached.
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "io/data_dir.hpp"

namespace candour {

struct ChartOptions {
    std::string charts_dir = data_path("charts");  // render-charts.mjs and its node_modules
    std::string cache_dir;                         // empty: nothing kept between builds
    std::string node = "node";                     // the Node.js program, looked up on PATH
    int renderers = 0;                             // processes; 0: one a core (renderer_pool.hpp)
};

struct ChartStats {
    int drawn = 0;   // by the renderer this build
    int cached = 0;  // taken from the cache
    bool renderer_started = false;
    int renderers = 0;  // processes used for the drawn ones
};

// Part of every spec's key: the renderer scripts, the pinned package
// versions and the font metrics (read from `charts_dir`), and the version
// of the SVG clean-up. Changing any of them redraws every chart.
std::string renderer_salt(const std::string& charts_dir);

// One spec to draw and where it was asked for.
struct SpecToDraw {
    const std::string* spec;  // one line of Vega-Lite JSON
    SourcePos origin;
};

// The drawings of a list of specs: each distinct spec once.
struct Drawings {
    std::vector<std::string> svgs;  // tidied (for place_svg), one a distinct spec
    std::vector<int> of;            // for each spec given, its index in `svgs`; -1 if not drawn

    const std::string* svg(std::size_t spec) const { return of[spec] < 0 ? nullptr : &svgs[of[spec]]; }
};

// Draws every spec: the cached ones from the cache, then the rest with the
// renderers, in source order. A spec Vega refuses is an error at the first
// place it was asked for; a renderer that is missing or fails is one error,
// at the first chart it was needed for, with a hint saying how to install it.
Drawings draw_charts(const std::vector<SpecToDraw>& specs, const ChartOptions& options, Diagnostics& diags,
                     ChartStats* stats = nullptr);

}  // namespace candour
