// Benchmark (not a test): generates a national-scale site of N pages in a
// temporary folder and times `candour build` on it.
//   build/tests/bench_build [pages=10000] [jobs=0]
#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "build/build.hpp"
#include "support/bench_site.hpp"
#include "support/test_environment.hpp"

using namespace candour;
using namespace candour::testing;

int main(int argc, char** argv) {
    candour::testing::TestEnvironment environment;
    int pages = argc > 1 ? std::atoi(argv[1]) : 10000;
    int jobs = argc > 2 ? std::atoi(argv[2]) : 0;
    TempDir dir;
    Files files = bench_site(pages);
    write_files(dir / "src", files);
    std::uintmax_t bytes = 0;
    for (const auto& [_, b] : files) bytes += b.size();

    for (int run = 0; run < 3; ++run) {
        BuildOptions options;
        options.source_dir = dir / "src";
        options.output_dir = dir / "site";
        options.jobs = jobs;
        Diagnostics diags;
        auto start = std::chrono::steady_clock::now();
        BuildReport report = build_site(options, diags);
        double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (diags.has_errors()) {
            for (const auto& d : diags.sorted()) std::cerr << format_diagnostic(d) << "\n";
            return 1;
        }
        std::cout << fmt::format("run {}: {} pages from {:.1f} MB of Markdown in {:.3f} s ({:.0f} pages/s)\n", run + 1,
                                 report.pages, static_cast<double>(bytes) / 1e6, s, report.pages / s);
    }
    return 0;
}
