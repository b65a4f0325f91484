#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "charts/charts.hpp"
#include "charts/node_renderer.hpp"
#include "charts/svg_cache.hpp"
#include "charts/svg_tidy.hpp"

namespace candour {

namespace {

// Bump when tidy_svg() changes what it writes, so cached SVGs are redone.
constexpr const char* tidy_version = "tidy-1";

std::string file_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

bool before(const SourcePos& a, const SourcePos& b) {
    return std::tie(a.file, a.line, a.col) < std::tie(b.file, b.line, b.col);
}

// Draws the specs the cache lacks with one renderer, started here.
void draw_missing(const std::vector<const PendingSpec*>& missing, const SvgCache& cache, const ChartOptions& options,
                  std::map<std::string, std::string>& svgs, Diagnostics& diags, ChartStats& stats) {
    NodeRenderer renderer(options.charts_dir, options.node);
    const PendingSpec* current = missing.front();
    bool cache_failed = false;
    try {
        renderer.start();
        stats.renderer_started = true;
        for (const PendingSpec* spec : missing) {
            current = spec;
            RenderedSvg drawn = renderer.render(spec->spec_text);
            for (const auto& w : drawn.warnings) diags.warning(spec->origin, "chart: " + w);
            std::string svg = tidy_svg(drawn.svg);
            if (!cache.put(spec->key, svg) && !cache_failed) {
                cache_failed = true;
                diags.warning(spec->origin, fmt::format("could not save a drawn chart in {}", cache.dir()),
                              "charts will be drawn again next build; check the folder can be written");
            }
            svgs[spec->key] = std::move(svg);
            ++stats.drawn;
        }
    } catch (const ChartRendererError& e) {
        diags.error(current->origin, e.what(), e.hint);
    }
}

}  // namespace

std::string renderer_salt(const std::string& charts_dir) {
    namespace fs = std::filesystem;
    std::string salt = tidy_version;
    for (const char* name : {"render-charts.mjs", "package-lock.json", "font-metrics.json"}) {
        salt += "\n" + spec_key(file_text(fs::path(charts_dir) / name), name);
    }
    return salt;
}

std::map<std::string, std::string> draw_charts(const ChartCollector& charts, const ChartOptions& options,
                                               Diagnostics& diags, ChartStats* stats) {
    ChartStats local;
    ChartStats& s = stats ? *stats : local;
    SvgCache cache(options.cache_dir);
    std::map<std::string, std::string> svgs;
    std::vector<PendingSpec> specs = charts.specs();
    std::vector<const PendingSpec*> missing;
    for (const auto& spec : specs) {
        if (auto svg = cache.get(spec.key)) {
            svgs[spec.key] = std::move(*svg);
            ++s.cached;
        } else {
            missing.push_back(&spec);
        }
    }
    if (missing.empty()) return svgs;
    // In source order, so a failure is reported at the first chart on the site.
    std::stable_sort(missing.begin(), missing.end(),
                     [](const PendingSpec* a, const PendingSpec* b) { return before(a->origin, b->origin); });
    draw_missing(missing, cache, options, svgs, diags, s);
    return svgs;
}

}  // namespace candour
