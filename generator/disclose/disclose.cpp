#include "disclose/disclose.hpp"

#include <fmt/format.h>

#include "disclose/internal/discloser.hpp"
#include "disclose/internal/kpi_check.hpp"
#include "disclose/internal/kpi_tables.hpp"
#include "disclose/internal/survey_disclose.hpp"
#include "disclose/privacy_scanner.hpp"

namespace candour {

namespace {

// Notes are published beside their figures, so they pass the privacy gate.
void check_notes(const RawKpi& kpi, const SiteConfig& config, Diagnostics& diags) {
    Diagnostics ignored;  // bad patterns in site.yaml are reported by the main gate
    PrivacyScanner scanner(config, ignored);
    for (const auto& obs : kpi.observations) {
        if (obs.note.empty()) continue;
        for (const auto& hit : scanner.scan(obs.note)) {
            diags.error(kpi.pos(obs, Column::note), fmt::format("possible {} '{}' in published text", hit.kind, hit.text),
                        privacy_hint);
        }
    }
}

}  // namespace

PublishedKpi load_and_disclose(const FileSystem& fs, const SiteConfig& config, Diagnostics& diags,
                               DisclosureLog& log) {
    int errors_before = diags.error_count();
    RawKpi raw = load_kpi(fs, diags);
    validate_kpi(raw, diags);
    bool complete = diags.error_count() == errors_before;
    if (config.privacy_settings_ok) check_notes(raw, config, diags);
    PublishedKpi kpi = disclose(raw, config.disclosure, &log);
    kpi.complete = complete;
    RawSurvey survey = load_survey(fs, diags);
    kpi.survey = std::make_shared<const PublishedSurvey>(disclose_survey(survey, config.disclosure, &log));
    return kpi;
}

}  // namespace candour
