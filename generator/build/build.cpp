#include "build/build.hpp"

#include <filesystem>

#include "disclose/disclose.hpp"
#include "io/file_system.hpp"
#include "load/kpi_load.hpp"
#include "load/load.hpp"
#include "model/routes.hpp"
#include "render/render.hpp"
#include "validate/validate.hpp"
#include "write/write.hpp"

namespace candour {

std::string output_dir_of(const BuildOptions& options) {
    if (!options.output_dir.empty()) return options.output_dir;
    return (std::filesystem::path(options.source_dir) / "site").string();
}

// Raw KPI figures live only inside this function: what leaves it has been
// through disclosure control.
PublishedKpi load_and_disclose_kpi(const FileSystem& fs, Diagnostics& diags) {
    RawKpi raw = load_kpi(fs, diags);
    validate_kpi(raw, diags);
    return disclose(raw, DisclosureRules{});
}

BuildReport build_site(const BuildOptions& options, Diagnostics& diags) {
    BuildReport report;
    DiskFileSystem fs(options.source_dir);
    SourceTree tree = load(fs, options.themes_dir, diags);
    PublishedKpi kpi = load_and_disclose_kpi(fs, diags);
    Routes routes = build_routes(tree, kpi.present ? &kpi.catalogue : nullptr, diags);
    validate(tree, routes, kpi, diags);
    ChartOptions charts = options.charts;
    if (charts.cache_dir.empty()) charts.cache_dir = (std::filesystem::path(options.source_dir) / chart_cache_dir).string();
    std::vector<OutputFile> files = render_site(tree, routes, kpi, diags, options.jobs, charts, &report.charts);
    for (const auto& f : files) {
        if (f.path.size() > 5 && f.path.compare(f.path.size() - 5, 5, ".html") == 0) ++report.pages;
    }
    report.files = static_cast<int>(files.size());
    if (diags.has_errors() || !options.write) return report;
    report.written = write_site(files, output_dir_of(options), diags);
    return report;
}

}  // namespace candour
