#include "disclose/disclose.hpp"

#include "disclose/internal/discloser.hpp"
#include "disclose/internal/future_periods.hpp"
#include "disclose/internal/hidden_figures.hpp"
#include "disclose/internal/kpi_check.hpp"
#include "disclose/internal/kpi_tables.hpp"
#include "disclose/internal/relation_check.hpp"
#include "disclose/internal/survey_load.hpp"

namespace candour {

PublishedKpi load_and_disclose(const FileSystem& fs, const SiteConfig& config, Diagnostics& diags, DisclosureLog& log,
                               TypedFigureCheck* typed, const DiscloseEditions& editions,
                               const FuturePeriodRule& future) {
    int errors_before = diags.error_count();
    TextLanguage reading{config.language, config.languages, nullptr};
    RawKpi raw = load_kpi(fs, diags, &reading);
    validate_kpi(raw, diags);
    bool complete = diags.error_count() == errors_before;  // relation errors leave every figure in place
    check_relations(raw, diags);
    RawSurvey survey = load_survey(fs, diags, &reading);
    check_future_periods(raw, survey, future, diags);
    auto hidden = typed ? std::make_shared<HiddenFigures>() : nullptr;
    ReleasedFigures released;
    EditionInput input;
    if (editions.releases && !editions.releases->empty()) {
        released = read_released(*editions.releases, diags);
        input.released = &released;
    }
    input.notes = load_revision_notes(fs, raw.catalogue, diags);
    input.fingerprint_hidden = editions.fingerprint_hidden;
    PublishedKpi kpi = disclose(raw, survey, config.disclosure, &log, &diags, hidden.get(), input);
    if (typed) *typed = make_typed_figure_check(std::move(hidden));
    kpi.complete = complete;
    return kpi;
}

}  // namespace candour
