// Benchmark (not a test): loads and validates N million KPI rows held in
// memory (no disk), runs disclosure control over them (primary and linked
// secondary suppression), writes the downloads, and runs the attacker's
// audit on the downloads' bytes.
//   build/tests/bench_kpi_load [rows=1000000] [jobs=0] [spreadsheets]
// With "spreadsheets", the downloads are written a second time with an .xlsx
// beside each indicator and release CSV, and timed on their own.
#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <iostream>

#include "audit/audit.hpp"
#include "disclose/internal/discloser.hpp"
#include "disclose/internal/kpi_check.hpp"
#include "disclose/internal/kpi_tables.hpp"
#include "disclose/internal/relation_check.hpp"
#include "render/kpi_downloads.hpp"
#include "support/test_environment.hpp"

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

// Every (indicator, quarter) is a table of six groups and their total, as
// real breakdowns are, so the relations hold; about one figure in 130 is
// from 1 to 4 and hidden, with the complements it needs.
std::string make_rows(int rows, int indicators) {
    const char* groups[] = {"Asian", "Black", "Mixed", "White", "Other ethnic group", "Not recorded"};
    std::string csv = "indicator,period,breakdown,group,value,numerator,denominator,note\r\n";
    csv.reserve(static_cast<std::size_t>(rows) * 48);
    int written = 0;
    for (int q = 0; written < rows; ++q) {
        Period p = Period::quarter(2000 + q / 4, 1 + q % 4);
        for (int i = 0; i < indicators && written < rows; ++i) {
            bool pct = i % 2 == 0;
            int n[6], total = 0, total_d = 0;
            for (int g = 0; g < 6; ++g)
                total += n[g] = 3 + static_cast<int>((static_cast<long long>(written + g) * 7919) % 400);
            for (int g = 0; g < 6; ++g) total_d += n[g] + 500;
            auto row = [&](const char* breakdown, const char* group, int v, int d) {
                csv += fmt::format("ind-{},{},{},\"{}\",{},{},{},{}\r\n", i, p.code(), breakdown, group,
                                   pct ? "" : std::to_string(v), pct ? std::to_string(v) : "",
                                   pct ? std::to_string(d) : "", written % 97 == 0 ? "\"note, with comma\"" : "");
                ++written;
            };
            row("", "", total, total_d);
            for (int g = 0; g < 6 && written < rows; ++g) row("ethnicity", groups[g], n[g], n[g] + 500);
        }
    }
    return csv;
}

}  // namespace

int main(int argc, char** argv) {
    candour::testing::TestEnvironment environment;
    int rows = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const int indicators = 1000;  // about 143 quarters each at a million rows
    MemoryFileSystem fs;
    fs.put("data/kpi/catalogue.yaml", make_catalogue(indicators));
    std::string csv = make_rows(rows, indicators);
    std::size_t bytes = csv.size();
    fs.put("data/kpi/big.csv", std::move(csv));

    int jobs = argc > 2 ? std::atoi(argv[2]) : 0;
    bool with_spreadsheets = argc > 3 && std::string(argv[3]) == "spreadsheets";
    SiteConfig site;
    site.title = "Benchmark";
    site.organisation = "Benchmark office";
    site.base_url = "https://example.org/";
    for (int run = 1; run <= 3; ++run) {
        Diagnostics diags;
        auto start = std::chrono::steady_clock::now();
        RawKpi raw = load_kpi(fs, diags);
        double load_s = seconds_since(start);
        auto validate_start = std::chrono::steady_clock::now();
        validate_kpi(raw, diags);
        check_relations(raw, diags);
        double validate_s = seconds_since(validate_start);
        auto disclose_start = std::chrono::steady_clock::now();
        DisclosureLog log;
        PublishedKpi kpi = disclose(raw, RawSurvey{}, DisclosureRules{}, &log, &diags);
        double disclose_s = seconds_since(disclose_start);
        auto downloads_start = std::chrono::steady_clock::now();
        auto files = render_kpi_downloads(kpi, {}, jobs);
        double downloads_s = seconds_since(downloads_start);
        // With "spreadsheets": the downloads again, each with its .xlsx.
        double spreadsheets_s = 0;
        std::size_t workbooks = 0;
        if (with_spreadsheets) {
            auto xlsx_start = std::chrono::steady_clock::now();
            for (const auto& f : render_kpi_downloads(kpi, {&site, nullptr}, jobs)) {
                workbooks += f.path.size() > 5 && f.path.compare(f.path.size() - 5, 5, ".xlsx") == 0;
            }
            spreadsheets_s = seconds_since(xlsx_start);
        }
        auto audit_start = std::chrono::steady_clock::now();
        DisclosureMetadata meta = make_disclosure_metadata(kpi.catalogue, false, 5, 3, {});
        AuditResult audit = audit_files(files, meta, diags, jobs);
        double audit_s = seconds_since(audit_start);
        if (diags.has_errors() || !audit.exposed().empty()) {
            for (const auto& d : diags.sorted()) std::cerr << format_diagnostic(d) << "\n";
            std::cerr << audit.exposed().size() << " figures exposed\n";
            return 1;
        }
        int secondary = 0;
        for (const auto& s : log.suppressions) secondary += s.secondary ? 1 : 0;
        double total = load_s + validate_s;
        std::cout << fmt::format(
            "run {}: {} rows ({:.1f} MB): load {:.2f} s, validate {:.2f} s, together {:.2f} s ({:.0f} rows/s); "
            "disclose {:.2f} s ({} hidden, {} of them secondary); downloads {:.2f} s; audit {:.2f} s ({} figures "
            "read, {} hidden, none exposed); suppression + audit {:.2f} s; {} warnings\n",
            run, raw.observations.size(), static_cast<double>(bytes) / 1e6, load_s, validate_s, total,
            static_cast<double>(raw.observations.size()) / total, disclose_s, log.suppressions.size(), secondary,
            downloads_s, audit_s, audit.figures, audit.checked.size(), disclose_s + audit_s, diags.warning_count());
        if (with_spreadsheets) {
            std::cout << fmt::format("run {}: downloads with spreadsheets {:.2f} s ({} spreadsheets)\n", run,
                                     spreadsheets_s, workbooks);
        }
    }
    return 0;
}
