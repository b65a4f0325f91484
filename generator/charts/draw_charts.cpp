#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>
#include <utility>

#include "charts/charts.hpp"
#include "charts/renderer_pool.hpp"
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

// A spec asked for once or more: named by the first place in the source that
// asked for it (not the first page a thread reached), so an error about the
// drawing points at the same place every build.
struct Distinct {
    std::string key;
    const std::string* spec;
    SourcePos origin;
};

std::vector<Distinct> distinct_specs(const std::vector<SpecToDraw>& specs, const std::string& salt,
                                     std::vector<int>& of) {
    std::vector<Distinct> out;
    std::map<std::string, int> by_key;
    of.resize(specs.size());
    for (std::size_t i = 0; i < specs.size(); ++i) {
        std::string key = spec_key(*specs[i].spec, salt);
        auto [at, added] = by_key.try_emplace(key, static_cast<int>(out.size()));
        if (added) out.push_back({std::move(key), specs[i].spec, specs[i].origin});
        Distinct& d = out[static_cast<std::size_t>(at->second)];
        if (before(specs[i].origin, d.origin)) d.origin = specs[i].origin;
        of[i] = at->second;
    }
    return out;
}

// Draws `missing` (indices into `all`, in source order), reports what went
// wrong at the chart it concerns, and keeps each drawing in the cache: tidied
// and saved by the thread of the renderer that drew it, as it arrives, so
// creating the cache's files is not left to one core after the last drawing.
void draw_missing(const std::vector<Distinct>& all, const std::vector<std::size_t>& missing, const SvgCache& cache,
                  const ChartOptions& options, Drawings& out, Diagnostics& diags, ChartStats& stats) {
    std::vector<const std::string*> specs;
    for (std::size_t m : missing) specs.push_back(all[m].spec);
    std::vector<char> saved(missing.size(), 1);
    PoolOptions pool{options.charts_dir, options.node, renderer_count(specs.size(), options.renderers),
                     [&](std::size_t i, PoolDrawing& drawn) {
                         if (drawn.svg.empty()) return;
                         drawn.svg = tidy_svg(drawn.svg);
                         saved[i] = cache.put(all[missing[i]].key, drawn.svg);
                     }};
    stats.renderers = pool.renderers;
    auto drawn = draw_in_pool(specs, pool, &stats.renderer_started);
    bool renderer_reported = false;
    bool cache_failed = false;
    for (std::size_t i = 0; i < missing.size(); ++i) {
        const Distinct& d = all[missing[i]];
        PoolDrawing& result = drawn[i];
        for (const auto& w : result.warnings) diags.warning(d.origin, "chart: " + w);
        if (result.error) {
            // Every renderer that could not start says the same: once is enough.
            if (result.renderer_failed && std::exchange(renderer_reported, true)) continue;
            diags.error(d.origin, *result.error, result.hint);
            continue;
        }
        if (result.svg.empty()) continue;  // left when every renderer had stopped: reported above
        if (!saved[i] && !std::exchange(cache_failed, true)) {
            diags.warning(d.origin, fmt::format("could not save a drawn chart in {}", cache.dir()),
                          "charts will be drawn again next build; check the folder can be written");
        }
        out.svgs[missing[i]] = std::move(result.svg);
        ++stats.drawn;
    }
}

}  // namespace

std::string renderer_salt(const std::string& charts_dir) {
    namespace fs = std::filesystem;
    std::string salt = tidy_version;
    for (const char* name :
         {"render-charts.mjs", "shared-compile.mjs", "view-reuse.mjs", "package-lock.json", "font-metrics.json"}) {
        salt += "\n" + spec_key(file_text(fs::path(charts_dir) / name), name);
    }
    return salt;
}

Drawings draw_charts(const std::vector<SpecToDraw>& specs, const ChartOptions& options, Diagnostics& diags,
                     ChartStats* stats) {
    ChartStats local;
    ChartStats& s = stats ? *stats : local;
    Drawings out;
    if (specs.empty()) return out;
    SvgCache cache(options.cache_dir);
    std::vector<Distinct> all = distinct_specs(specs, renderer_salt(options.charts_dir), out.of);
    out.svgs.resize(all.size());
    std::vector<std::size_t> missing;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (auto svg = cache.get(all[i].key)) {
            out.svgs[i] = std::move(*svg);
            ++s.cached;
        } else {
            missing.push_back(i);
        }
    }
    // In source order, so the renderers start on the first chart of the site
    // and a failure is reported there.
    std::stable_sort(missing.begin(), missing.end(),
                     [&](std::size_t a, std::size_t b) { return before(all[a].origin, all[b].origin); });
    if (!missing.empty()) draw_missing(all, missing, cache, options, out, diags, s);
    // A spec not drawn (an error says why) is -1, so pages leave its place empty.
    for (int& i : out.of) {
        if (i >= 0 && out.svgs[static_cast<std::size_t>(i)].empty()) i = -1;
    }
    return out;
}

}  // namespace candour
