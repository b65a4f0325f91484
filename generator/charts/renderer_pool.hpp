#pragma once
// Several chart renderer processes drawing one list of specs. A Node.js
// start costs a few tenths of a second, so a process is worth starting only
// for a share of at least `drawings_per_renderer` drawings; each process
// draws the next spec not yet taken, and every result is kept at its
// spec's index, so the output never depends on which process drew what.
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace candour {

inline constexpr int drawings_per_renderer = 8;

// How many renderers for `drawings` specs: `wanted` if positive, else one
// a core; never more than one per drawings_per_renderer drawings, at least one.
int renderer_count(std::size_t drawings, int wanted);

struct PoolDrawing {
    std::string svg;  // as Vega wrote it; empty when not drawn
    std::vector<std::string> warnings;
    std::optional<std::string> error;  // why it was not drawn, and the hint below
    std::string hint;
    bool renderer_failed = false;  // the error is about the renderer, not this spec
};

struct PoolOptions {
    std::string charts_dir;
    std::string node;
    int renderers = 1;
    // Called with each spec's index and drawing as it arrives, on the thread
    // of the renderer that drew it (so the work on finished drawings, such
    // as saving them, goes on while the others are drawn). May be empty.
    std::function<void(std::size_t, PoolDrawing&)> on_drawn;
};

// One result a spec, in `specs`' order. A renderer that cannot start or dies
// leaves its error at the spec it was drawing and stops; the others go on.
std::vector<PoolDrawing> draw_in_pool(const std::vector<const std::string*>& specs, const PoolOptions& options,
                                      bool* started = nullptr);

}  // namespace candour
