// Fuzzes the KPI table loader (libcsv plus header mapping and field checks)
// and the validation and disclosure that follow, against a fixed catalogue.
#include "disclose/internal/discloser.hpp"
#include "disclose/internal/kpi_check.hpp"
#include "disclose/internal/kpi_tables.hpp"
#include "fuzz_support.hpp"

namespace {

const char* catalogue =
    "aims:\n  - id: a\n    title: A\nbreakdowns:\n  - id: sex\n    title: Sex\n    groups: [Female, Male]\n"
    "indicators:\n"
    "  - id: charges\n    title: C\n    definition: D\n    unit: count\n    polarity: neutral\n    aim: a\n"
    "    breakdowns: [sex]\n"
    "  - id: rate\n    title: R\n    definition: D\n    unit: percentage\n    polarity: neutral\n    aim: a\n"
    "    breakdowns: [sex]\n"
    "  - id: days\n    title: M\n    definition: D\n    unit: median_days\n    polarity: neutral\n    aim: a\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace candour;
    MemoryFileSystem fs;
    fs.put("data/kpi/catalogue.yaml", catalogue);
    fs.put("data/kpi/fuzz.csv", fuzz::bytes(data, size));
    Diagnostics diags;
    RawKpi raw = load_kpi(fs, diags);
    validate_kpi(raw, diags);
    fuzz::check_diagnostics(diags);
    PublishedKpi kpi = disclose(raw, DisclosureRules{});
    // Property: no shown count is from 1 to 4, whatever the input.
    for (const auto& ind : kpi.indicators) {
        if (ind.def.unit != Unit::count) continue;
        for (const auto& s : ind.series) {
            for (const auto& [p, cell] : s.cells) {
                double v = cell.value.has_number() ? cell.value.number() : 0;
                if (v >= 1 && v < 5) fuzz::fail("a small count was published");
            }
        }
    }
    return 0;
}
