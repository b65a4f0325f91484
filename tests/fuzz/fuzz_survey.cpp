// Fuzzes the victim interview ratings (data/findings/survey.csv): the CSV
// reader and its checks, then disclosure control (the same linked
// suppression as a build) over whatever was read.
#include "disclose/internal/discloser.hpp"
#include "disclose/internal/survey_load.hpp"
#include "fuzz_support.hpp"
#include "kpi/published_survey.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace candour;
    const std::string path = survey_file;
    auto text = fuzz::as_source_text(path, fuzz::bytes(data, size));
    if (!text) return 0;
    Diagnostics diags;
    RawSurvey raw = read_survey(path, *text, diags);
    fuzz::check_diagnostics_within(diags, path, *text);
    for (const auto& c : raw.counts) {
        if (c.count < 0) fuzz::fail("a negative count was read");
    }
    DisclosureRules rules;
    PublishedKpi kpi = disclose(RawKpi{}, raw, rules, nullptr);
    if (!kpi.survey) return 0;
    const PublishedSurvey& published = *kpi.survey;
    // Property: whatever the input, no count of people from 1 to 4 is published.
    auto check = [&](const PublishedValue& v) {
        if (v.has_number() && v.number() >= 1 && v.number() < rules.min_count)
            fuzz::fail("a small count was published");
    };
    for (const auto& table : published.tables) {
        auto rows = table.rows;
        rows.push_back(table.cumulative);
        for (const auto& row : rows) {
            for (const auto& v : row.ratings) check(v);
            check(row.total);
        }
    }
    return 0;
}
