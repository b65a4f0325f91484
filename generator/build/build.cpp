#include "build/build.hpp"

#include <filesystem>

#include "build/build_date.hpp"
#include "disclose/accountability_privacy.hpp"
#include "disclose/disclose.hpp"
#include "disclose/survey_disclose.hpp"
#include "disclose/privacy_gate.hpp"
#include "io/file_system.hpp"
#include "load/kpi_load.hpp"
#include "load/load.hpp"
#include "model/routes.hpp"
#include "render/render.hpp"
#include "validate/accountability_check.hpp"
#include "validate/validate.hpp"
#include "write/disclosure_report.hpp"
#include "write/write.hpp"

namespace candour {

std::string output_dir_of(const BuildOptions& options) {
    if (!options.output_dir.empty()) return options.output_dir;
    return (std::filesystem::path(options.source_dir) / "site").string();
}

// Raw KPI figures live only inside this function: what leaves it has been
// through disclosure control.
// The privacy gate runs here too, as it reads the notes in the raw tables.
PublishedKpi load_and_disclose_kpi(const SourceTree& tree, const FileSystem& fs, Diagnostics& diags,
                                   DisclosureLog& log) {
    RawKpi raw = load_kpi(fs, diags);
    validate_kpi(raw, diags);
    privacy_gate(tree, raw, fs, diags, log);
    privacy_gate_accountability(tree, fs, diags);
    check_accountability(tree.accountability, raw.present ? &raw.catalogue : nullptr, diags);
    PublishedKpi kpi = disclose(raw, tree.config.disclosure, &log);
    RawSurvey survey = load_survey(fs, diags);
    kpi.survey = std::make_shared<const PublishedSurvey>(disclose_survey(survey, tree.config.disclosure, &log));
    return kpi;
}

BuildReport build_site(const BuildOptions& options, Diagnostics& diags) {
    BuildReport report;
    DiskFileSystem fs(options.source_dir);
    SourceTree tree = load(fs, options.themes_dir, diags);
    tree.accountability.today = build_date(options.today);
    DisclosureLog log;
    PublishedKpi kpi = load_and_disclose_kpi(tree, fs, diags, log);
    Routes routes = build_routes(tree, kpi.present ? &kpi.catalogue : nullptr, diags);
    validate(tree, routes, kpi, diags);
    std::vector<OutputFile> files = render_site(tree, routes, kpi, diags, options.jobs);
    for (const auto& f : files) {
        if (f.path.size() > 5 && f.path.compare(f.path.size() - 5, 5, ".html") == 0) ++report.pages;
    }
    report.files = static_cast<int>(files.size());
    if (diags.has_errors() || !options.write) return report;
    report.written = write_site(files, output_dir_of(options), diags);
    if (report.written) {
        report.disclosure_report = disclosure_report_path(output_dir_of(options));
        write_disclosure_report(log, report.disclosure_report, diags);
    }
    report.suppressed = static_cast<int>(log.suppressions.size());
    report.approvals = static_cast<int>(log.approvals.size());
    return report;
}

}  // namespace candour
