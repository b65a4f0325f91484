// Fuzzes the loader of a findings file ("victims said, we did"): any bytes,
// as the loader would read them from data/findings/round.yaml.
#include "fuzz_support.hpp"
#include "load/accountability_load.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace candour;
    const std::string path = "data/findings/round.yaml";
    auto text = fuzz::as_source_text(path, fuzz::bytes(data, size));
    if (!text) return 0;
    Diagnostics diags;
    auto round = read_findings(path, *text, diags);
    fuzz::check_diagnostics_within(diags, path, *text);
    fuzz::check_result_or_error(round, diags);
    if (!round || diags.has_errors()) return 0;
    // A file read without an error has a title, and every finding a known theme and both halves.
    if (round->title.empty()) fuzz::fail("a findings round without a title");
    for (const auto& f : round->findings) {
        if (!find_theme(f.theme)) fuzz::fail("a finding with an unknown theme", f.theme);
        if (f.said.empty() || f.did.empty()) fuzz::fail("a finding without what was said or what was done");
    }
    return 0;
}
