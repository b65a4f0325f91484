#include "disclose/disclose.hpp"

#include "disclose/internal/discloser.hpp"
#include "disclose/internal/kpi_check.hpp"
#include "disclose/internal/kpi_tables.hpp"
#include "disclose/internal/survey_disclose.hpp"

namespace candour {

PublishedKpi load_and_disclose(const FileSystem& fs, const SiteConfig& config, Diagnostics& diags,
                               DisclosureLog& log) {
    RawKpi raw = load_kpi(fs, diags);
    validate_kpi(raw, diags);
    PublishedKpi kpi = disclose(raw, config.disclosure, &log);
    RawSurvey survey = load_survey(fs, diags);
    kpi.survey = std::make_shared<const PublishedSurvey>(disclose_survey(survey, config.disclosure, &log));
    return kpi;
}

}  // namespace candour
