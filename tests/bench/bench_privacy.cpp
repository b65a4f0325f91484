// Benchmark (not a test): the privacy gate alone on the rendered national-
// scale site (bench_site.hpp), in memory: how many megabytes of published
// output it reads, normalises and scans per second, wall clock and CPU.
//   build/tests/bench_privacy [pages=10000] [jobs=0]
#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iostream>

#include "build/build.hpp"
#include "load/load.hpp"
#include "model/routes.hpp"
#include "privacy/privacy_gate.hpp"
#include "support/bench_site.hpp"
#include "support/test_environment.hpp"

using namespace candour;
using namespace candour::testing;

int main(int argc, char** argv) {
    candour::testing::TestEnvironment environment;
    int pages = argc > 1 ? std::atoi(argv[1]) : 10000;
    int jobs = argc > 2 ? std::atoi(argv[2]) : 0;
    TempDir dir;
    write_files(dir / "src", bench_site(pages));
    BuildOptions options;
    options.source_dir = dir / "src";
    options.write = false;
    options.jobs = jobs;
    Diagnostics diags;
    RenderedSite site = render_in_memory(options, diags);
    if (diags.has_errors()) {
        for (const auto& d : diags.sorted()) std::cerr << format_diagnostic(d) << "\n";
        return 1;
    }
    std::size_t bytes = 0;
    for (const auto& f : site.files) bytes += f.bytes.size() + f.path.size();

    DiskFileSystem fs(options.source_dir);
    SourceTree tree = load(fs, options.themes_dir, diags);
    Routes routes = build_routes(tree, nullptr, diags, {false, Date{2025, 1, 1}});
    for (int run = 0; run < 3; ++run) {
        Diagnostics gate_diags;
        DisclosureLog log;
        auto start = std::chrono::steady_clock::now();
        std::clock_t cpu = std::clock();
        privacy_gate(tree, routes, site.files, fs, {false, jobs}, gate_diags, log);
        double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        double cpu_s = static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
        std::cout << fmt::format(
            "run {}: privacy gate over {} files ({:.1f} MB published) in {:.3f} s wall, {:.3f} s CPU "
            "({:.0f} MB/s of CPU), {} problems\n",
            run + 1, site.files.size(), static_cast<double>(bytes) / 1e6, wall, cpu_s,
            static_cast<double>(bytes) / 1e6 / cpu_s, gate_diags.error_count());
    }
    return 0;
}
