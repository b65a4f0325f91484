// Benchmark (not a test): loads and validates N million KPI rows held in
// memory (no disk), then runs disclosure control over them.
//   build/tests/bench_kpi_load [rows=1000000]
#include <chrono>
#include <cstdlib>
#include <iostream>

#include <fmt/format.h>

#include "disclose/internal/discloser.hpp"
#include "disclose/internal/kpi_check.hpp"
#include "disclose/internal/kpi_tables.hpp"

using namespace candour;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Many indicators, each with a long quarterly series and a breakdown with
// six groups, so every row is unique and valid.
std::string make_catalogue(int indicators) {
    std::string yaml =
        "aims:\n  - id: aim-1\n    title: Aim 1\nbreakdowns:\n  - id: ethnicity\n    title: Ethnicity\n"
        "    groups: [Asian, Black, Mixed, White, Other ethnic group, Not recorded]\nindicators:\n";
    for (int i = 0; i < indicators; ++i) {
        yaml += fmt::format(
            "  - id: ind-{0}\n    title: Indicator {0}\n    definition: Synthetic.\n    unit: {1}\n"
            "    polarity: higher_is_better\n    aim: aim-1\n    breakdowns: [ethnicity]\n",
            i, i % 2 ? "count" : "percentage");
    }
    return yaml;
}

std::string make_rows(int rows, int indicators) {
    const char* groups[] = {"", "Asian", "Black", "Mixed", "White", "Other ethnic group", "Not recorded"};
    std::string csv = "indicator,period,breakdown,group,value,numerator,denominator,note\r\n";
    csv.reserve(static_cast<std::size_t>(rows) * 48);
    int written = 0;
    for (int q = 0; written < rows; ++q) {
        Period p = Period::quarter(2000 + q / 4, 1 + q % 4);
        for (int i = 0; i < indicators && written < rows; ++i) {
            for (int g = 0; g < 7 && written < rows; ++g, ++written) {
                bool pct = i % 2 == 0;
                int n = 3 + (written * 7919) % 400;
                csv += fmt::format("ind-{},{},{},\"{}\",{},{},{},{}\r\n", i, p.code(), g ? "ethnicity" : "", groups[g],
                                   pct ? "" : std::to_string(n), pct ? std::to_string(n) : "",
                                   pct ? std::to_string(n + 500) : "", written % 97 == 0 ? "\"note, with comma\"" : "");
            }
        }
    }
    return csv;
}

}  // namespace

int main(int argc, char** argv) {
    int rows = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const int indicators = 1000;  // about 143 quarters each at a million rows
    MemoryFileSystem fs;
    fs.put("data/kpi/catalogue.yaml", make_catalogue(indicators));
    std::string csv = make_rows(rows, indicators);
    std::size_t bytes = csv.size();
    fs.put("data/kpi/big.csv", std::move(csv));

    for (int run = 1; run <= 3; ++run) {
        Diagnostics diags;
        auto start = std::chrono::steady_clock::now();
        RawKpi raw = load_kpi(fs, diags);
        double load_s = seconds_since(start);
        auto validate_start = std::chrono::steady_clock::now();
        validate_kpi(raw, diags);
        double validate_s = seconds_since(validate_start);
        auto disclose_start = std::chrono::steady_clock::now();
        PublishedKpi kpi = disclose(raw, {});
        double disclose_s = seconds_since(disclose_start);
        if (diags.has_errors()) {
            for (const auto& d : diags.sorted()) std::cerr << format_diagnostic(d) << "\n";
            return 1;
        }
        double total = load_s + validate_s;
        std::cout << fmt::format(
            "run {}: {} rows ({:.1f} MB): load {:.2f} s, validate {:.2f} s, together {:.2f} s ({:.0f} rows/s); "
            "disclose {:.2f} s; {} warnings\n",
            run, raw.observations.size(), static_cast<double>(bytes) / 1e6, load_s, validate_s, total,
            static_cast<double>(raw.observations.size()) / total, disclose_s, diags.warning_count());
    }
    return 0;
}
