// Fuzzes the loader of an action plan: any bytes, as the loader would read
// them from data/action-plans/plan.yaml.
#include "fuzz_support.hpp"
#include "load/accountability_load.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace candour;
    const std::string path = "data/action-plans/plan.yaml";
    auto text = fuzz::as_source_text(path, fuzz::bytes(data, size));
    if (!text) return 0;
    Diagnostics diags;
    auto plan = read_action_plan(path, *text, diags);
    fuzz::check_diagnostics_within(diags, path, *text);
    fuzz::check_result_or_error(plan, diags);
    if (!plan || diags.has_errors()) return 0;
    // Read without an error: a title, and every action a number and a history oldest first.
    if (plan->title.empty()) fuzz::fail("an action plan without a title");
    for (const auto& section : plan->sections) {
        for (const auto& a : section.actions) {
            if (a.number.empty() || a.action.empty()) fuzz::fail("an action without its number or text");
            for (std::size_t i = 1; i < a.history.size(); ++i) {
                if (a.history[i].date < a.history[i - 1].date) fuzz::fail("a status history out of order");
            }
        }
    }
    return 0;
}
