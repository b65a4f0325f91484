#pragma once
// What a page asks the chart stage to draw: one chart's two Vega-Lite specs
// and the words each drawing carries once it is placed on the page. The
// model makes requests; it never draws.
#include <string>

#include "diagnostics/diagnostic.hpp"

namespace candour {

struct ChartRequest {
    std::string id;           // unique on its page: "chart-charges-trend" (the narrow drawing adds "-narrow")
    std::string title;        // the drawing's <title>
    std::string description;  // its <desc>: what it measures, what it shows, its notes
    std::string spec;         // Vega-Lite, the wide layout, as one line of JSON
    std::string narrow_spec;  // and the narrow one
    SourcePos origin;         // where the page asked for it, for errors about the drawing
};

}  // namespace candour
