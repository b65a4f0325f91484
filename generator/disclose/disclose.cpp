#include "disclose/disclose.hpp"

#include "disclose/internal/discloser.hpp"
#include "disclose/internal/kpi_check.hpp"
#include "disclose/internal/kpi_tables.hpp"
#include "disclose/internal/relation_check.hpp"
#include "disclose/internal/survey_load.hpp"

namespace candour {

PublishedKpi load_and_disclose(const FileSystem& fs, const SiteConfig& config, Diagnostics& diags,
                               DisclosureLog& log) {
    RawKpi raw = load_kpi(fs, diags);
    validate_kpi(raw, diags);
    check_relations(raw, diags);
    RawSurvey survey = load_survey(fs, diags);
    return disclose(raw, survey, config.disclosure, &log, &diags);
}

}  // namespace candour
