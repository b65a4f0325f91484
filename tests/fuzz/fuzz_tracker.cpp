// Fuzzes the loader of an inspection recommendation tracker: any bytes, as
// the loader would read them from data/trackers/phase-1.yaml.
#include "fuzz_support.hpp"
#include "load/accountability_load.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace candour;
    const std::string path = "data/trackers/phase-1.yaml";
    auto text = fuzz::as_source_text(path, fuzz::bytes(data, size));
    if (!text) return 0;
    Diagnostics diags;
    auto tracker = read_tracker(path, *text, diags);
    fuzz::check_diagnostics_within(diags, path, *text);
    fuzz::check_result_or_error(tracker, diags);
    if (!tracker || diags.has_errors()) return 0;
    // Read without an error: recommendations in number order, each history oldest first.
    for (std::size_t i = 1; i < tracker->recommendations.size(); ++i) {
        if (tracker->recommendations[i].number <= tracker->recommendations[i - 1].number) {
            fuzz::fail("recommendations out of order or numbered twice");
        }
    }
    for (const auto& r : tracker->recommendations) {
        for (std::size_t i = 1; i < r.history.size(); ++i) {
            if (r.history[i].date < r.history[i - 1].date) fuzz::fail("a status history out of order");
        }
    }
    return 0;
}
