#include "charts/renderer_pool.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

#include "charts/node_renderer.hpp"

namespace candour {

namespace {

PoolDrawing failed(const ChartRendererError& e, bool renderer_failed) {
    PoolDrawing out;
    out.error = e.what();
    out.hint = e.hint;
    out.renderer_failed = renderer_failed;
    return out;
}

// One renderer's share: specs taken from `next` until none are left or the
// process has gone (then the error stays with the spec it was drawing).
void run_renderer(const std::vector<const std::string*>& specs, const PoolOptions& options,
                  std::atomic<std::size_t>& next, std::vector<PoolDrawing>& out, std::atomic<bool>& started) {
    NodeRenderer renderer(options.charts_dir, options.node);
    for (std::size_t i = next++; i < specs.size(); i = next++) {
        try {
            if (!renderer.started()) {
                renderer.start();
                started = true;
            }
            RenderedSvg drawn = renderer.render(*specs[i]);
            out[i].svg = std::move(drawn.svg);
            out[i].warnings = std::move(drawn.warnings);
            if (options.on_drawn) options.on_drawn(i, out[i]);
        } catch (const ChartRendererError& e) {
            // Vega refusing one spec leaves the process running; anything
            // else (no Node.js, a crash) has stopped it.
            out[i] = failed(e, !renderer.started());
            if (!renderer.started()) return;
        }
    }
}

}  // namespace

int renderer_count(std::size_t drawings, int wanted) {
    std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    std::size_t n = wanted > 0 ? static_cast<std::size_t>(wanted) : cores;
    std::size_t worth = (drawings + drawings_per_renderer - 1) / drawings_per_renderer;
    if (wanted <= 0) n = std::min(n, worth);
    return static_cast<int>(std::max<std::size_t>(1, std::min(n, std::max<std::size_t>(drawings, 1))));
}

std::vector<PoolDrawing> draw_in_pool(const std::vector<const std::string*>& specs, const PoolOptions& options,
                                      bool* started) {
    std::vector<PoolDrawing> out(specs.size());
    std::atomic<std::size_t> next{0};
    std::atomic<bool> any_started{false};
    std::vector<std::thread> threads;
    for (int r = 1; r < options.renderers; ++r) {
        threads.emplace_back([&] { run_renderer(specs, options, next, out, any_started); });
    }
    run_renderer(specs, options, next, out, any_started);
    for (auto& t : threads) t.join();
    if (started) *started = any_started;
    return out;
}

}  // namespace candour
