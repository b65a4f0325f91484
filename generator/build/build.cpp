#include "build/build.hpp"

#include <filesystem>

#include "build/build_date.hpp"
#include "disclose/accountability_privacy.hpp"
#include "disclose/disclose.hpp"
#include "disclose/privacy_gate.hpp"
#include "io/file_system.hpp"
#include "load/load.hpp"
#include "model/routes.hpp"
#include "render/render.hpp"
#include "validate/accountability_check.hpp"
#include "validate/validate.hpp"
#include "write/disclosure_report.hpp"
#include "write/write.hpp"

namespace candour {

namespace {

bool is_html(const std::string& path) { return path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0; }

// Figures come out of the disclose library already published; the privacy
// gate reads every text the site publishes.
PublishedKpi disclose_and_gate(const SourceTree& tree, const FileSystem& fs, Diagnostics& diags,
                               DisclosureLog& log) {
    PublishedKpi kpi = load_and_disclose(fs, tree.config, diags, log);
    // Without site.yaml's contact and privacy settings the gate would report
    // every page showing the organisation's own contact details.
    if (tree.config.privacy_settings_ok) {
        privacy_gate(tree, fs, diags, log);
        privacy_gate_accountability(tree, fs, diags);
    }
    check_accountability(tree.accountability, kpi.present ? &kpi.catalogue : nullptr, diags);
    return kpi;
}

}  // namespace

std::string output_dir_of(const BuildOptions& options) {
    if (!options.output_dir.empty()) return options.output_dir;
    return (std::filesystem::path(options.source_dir) / "site").string();
}

RenderedSite render_in_memory(const BuildOptions& options, Diagnostics& diags, const BuildReuse& reuse) {
    RenderedSite site;
    DiskFileSystem fs(options.source_dir);
    SourceTree tree = load(fs, options.themes_dir, diags, reuse.parse_content);
    // One date for everything that depends on it: scheduled pages and
    // deadlines still running (SOURCE_DATE_EPOCH makes it reproducible).
    Date today = build_date(options.today);
    tree.accountability.today = today;
    PublishedKpi kpi = disclose_and_gate(tree, fs, diags, site.disclosure);
    Routes routes = build_routes(tree, kpi.present ? &kpi.catalogue : nullptr, diags, {options.preview, today});
    validate(tree, routes, kpi, diags);
    ChartOptions charts = options.charts;
    if (charts.cache_dir.empty()) charts.cache_dir = (std::filesystem::path(options.source_dir) / chart_cache_dir).string();
    site.files = render_site(tree, routes, kpi, diags, options.jobs, charts, &site.charts, reuse.pages);
    site.base_path = path_of_base_url(tree.config.base_url);
    for (const auto& f : site.files) {
        if (is_html(f.path)) ++site.pages;
    }
    return site;
}

BuildReport build_site(const BuildOptions& options, Diagnostics& diags) {
    BuildReport report;
    RenderedSite site = render_in_memory(options, diags);
    report.pages = site.pages;
    report.files = static_cast<int>(site.files.size());
    report.suppressed = static_cast<int>(site.disclosure.suppressions.size());
    report.approvals = static_cast<int>(site.disclosure.approvals.size());
    report.charts = site.charts;
    if (diags.has_errors() || !options.write) return report;
    report.written = write_site(site.files, output_dir_of(options), diags);
    if (report.written) {
        report.disclosure_report = disclosure_report_path(output_dir_of(options));
        write_disclosure_report(site.disclosure, report.disclosure_report, diags);
    }
    return report;
}

}  // namespace candour
