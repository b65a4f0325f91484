// Benchmark (not a test): charts drawn per second. Builds N trend charts
// from published figures (N indicators, eight quarters each, every series
// different), each with its wide and narrow drawing (2N specs), then draws
// them all twice through the build's own path
// (PageCharts and draw_charts): cold, with an empty cache and the time
// to start Node.js included, and warm, with every chart in the cache.
//   build/tests/bench_charts [charts=500] [renderers=0: one a core, at most one per 8 drawings]
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "charts/charts.hpp"
#include "charts/node_renderer.hpp"
#include "charts/page_charts.hpp"
#include "charts/trend_chart.hpp"
#include "disclose/disclose.hpp"
#include "support/site_fixture.hpp"
#include "support/test_environment.hpp"
#include "support/theme_messages.hpp"

using namespace candour;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

PublishedKpi make_kpi(int indicators) {
    std::string yaml = "aims:\n  - id: aim-1\n    title: Aim 1\nindicators:\n";
    std::string csv = "indicator,period,value,status\n";
    for (int i = 0; i < indicators; ++i) {
        yaml += fmt::format(
            "  - id: ind-{0}\n    title: Indicator {0}\n    definition: Synthetic.\n    unit: count\n"
            "    polarity: higher_is_better\n    aim: aim-1\n",
            i);
        for (int q = 0; q < 8; ++q) {
            Period p = Period::quarter(2022 + (q + 2) / 4, 1 + (q + 2) % 4);
            int value = 20 + (i * 37 + q * 11) % 60;
            csv += fmt::format("ind-{},{},{},{}\n", i, p.code(), value, q == 7 ? "p" : "");
        }
    }
    MemoryFileSystem fs;
    fs.put("data/kpi/catalogue.yaml", yaml);
    fs.put("data/kpi/figures.csv", csv);
    Diagnostics diags;
    DisclosureLog log;
    PublishedKpi kpi = load_and_disclose(fs, SiteConfig{}, diags, log);
    if (diags.has_errors()) throw std::runtime_error(format_diagnostic(diags.sorted().front()));
    return kpi;
}

void report(const char* what, int charts, double seconds, const ChartStats& stats) {
    std::cout << fmt::format(
        "{}: {} charts in {:.2f} s, {:.0f} charts/s ({} drawings: {} drawn, {} from the cache, {} renderers {})\n",
        what, charts, seconds, charts / seconds, stats.drawn + stats.cached, stats.drawn, stats.cached, stats.renderers,
        stats.renderer_started ? "started" : "not started");
}

}  // namespace

int main(int argc, char** argv) {
    candour::testing::TestEnvironment environment;
    int n = argc > 1 ? std::atoi(argv[1]) : 500;
    PublishedKpi kpi = make_kpi(n);

    auto built = std::chrono::steady_clock::now();
    std::vector<ChartRequest> requests;
    for (const auto& ind : kpi.indicators) {
        PageCharts page("indicators/" + ind.def.id + "/", testing::theme_messages());
        page.place(trend_chart(ind, testing::theme_messages()), ind.def.pos);
        for (auto& r : page.take_requests()) requests.push_back(std::move(r));
    }
    std::vector<SpecToDraw> specs;
    for (const auto& r : requests) {
        specs.push_back({&r.spec, r.origin});
        specs.push_back({&r.narrow_spec, r.origin});
    }
    std::cout << fmt::format("specs: {} trend charts built in {:.3f} s\n", n, seconds_since(built));

    auto started = std::chrono::steady_clock::now();
    {
        NodeRenderer renderer(data_path("charts"));
        renderer.start();
    }
    std::cout << fmt::format("Node.js with vega and vega-lite: started and stopped in {:.2f} s\n",
                             seconds_since(started));

    testing::TempDir dir;
    ChartOptions options;
    options.cache_dir = dir / "cache";
    options.renderers = argc > 2 ? std::atoi(argv[2]) : 0;
    std::cout << fmt::format("{} cores\n", std::thread::hardware_concurrency());
    for (const char* run : {"cold (empty cache, Node start included)", "warm (every chart cached)"}) {
        Diagnostics diags;
        ChartStats stats;
        auto start = std::chrono::steady_clock::now();
        Drawings drawn = draw_charts(specs, options, diags, &stats);
        double s = seconds_since(start);
        bool all = std::all_of(drawn.of.begin(), drawn.of.end(), [](int i) { return i >= 0; });
        if (diags.has_errors() || !all) {
            for (const auto& d : diags.sorted()) std::cerr << format_diagnostic(d) << "\n";
            return 1;
        }
        report(run, n, s, stats);
    }
    return 0;
}
