#pragma once
// The chart renderer process: one `node charts/render-charts.mjs` for a
// whole build, fed Vega-Lite specs one line at a time (see the protocol at
// the top of that script). Started only when a chart is not in the cache.
#include <stdexcept>
#include <string>
#include <vector>

namespace candour {

// Why the renderer could not do its job, and what the user can do about it.
struct ChartRendererError : std::runtime_error {
    ChartRendererError(const std::string& message, std::string hint)
        : std::runtime_error(message), hint(std::move(hint)) {}
    std::string hint;
};

struct RenderedSvg {
    std::string svg;
    std::vector<std::string> warnings;  // from Vega-Lite, about the spec
};

class NodeRenderer {
public:
    // `charts_dir` holds render-charts.mjs and its node_modules; `node` is
    // the program to run (looked up on PATH).
    NodeRenderer(std::string charts_dir, std::string node = "node");
    ~NodeRenderer();  // closes the renderer's input and waits for it
    NodeRenderer(const NodeRenderer&) = delete;
    NodeRenderer& operator=(const NodeRenderer&) = delete;

    // Starts the process and waits until Vega has loaded. Throws
    // ChartRendererError if Node or the packages are missing.
    void start();
    bool started() const { return pid_ > 0; }

    // One spec (as JSON text, one line) to SVG. Throws ChartRendererError
    // if the spec cannot be drawn or the process has gone.
    RenderedSvg render(const std::string& spec_json);

    // "vega 5.33.1, vega-lite 5.23.0", once started.
    const std::string& versions() const { return versions_; }

private:
    std::string read_line();
    void write_all(const std::string& text);
    std::string stderr_tail() const;
    [[noreturn]] void fail(const std::string& message, const std::string& hint);
    void stop();

    std::string charts_dir_;
    std::string node_;
    int pid_ = -1;
    int to_node_ = -1;    // our end of the renderer's stdin
    int from_node_ = -1;  // our end of its stdout
    int stderr_file_ = -1;
    std::string buffer_;  // read but not yet returned
    std::string versions_;
    int next_id_ = 0;
};

// How to get Node.js and the chart packages, for error hints.
std::string chart_install_hint(const std::string& charts_dir);

}  // namespace candour
