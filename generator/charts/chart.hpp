#pragma once
// A chart as the builders make it: two Vega-Lite specs (a wide drawing and
// one for phones, see chart_style.hpp) plus everything a page shows beside
// them (the message, the subtitle, the text summary, notes) and its data as
// a CSV download, all from the same published rows.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace candour {

struct Chart {
    std::string slug;                // file-name stem of its downloads: "charges-trend"
    std::string title;               // the message, from the figures: "Charges rose by 8 on the previous quarter"
    std::string subtitle;            // what is measured, in what unit, over which periods
    std::vector<std::string> key;    // how to read the marks: "Dashed line: the same quarter a year earlier"
    std::string summary;             // the chart in words, for everyone who can't see it
    std::vector<std::string> notes;  // gaps, provisional and revised figures, how to read it
    int hidden = 0;                  // values not shown ([c], [x], [z]): drawn as gaps, never as zero
    nlohmann::json spec;             // Vega-Lite, the wide layout (also the download, with the title added)
    nlohmann::json narrow_spec;      // Vega-Lite, the narrow layout
    std::string csv;                 // the chart's data, as drawn
};

}  // namespace candour
