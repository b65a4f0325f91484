#include "build/build.hpp"

#include <filesystem>

#include "io/file_system.hpp"
#include "model/routes.hpp"
#include "validate/validate.hpp"
#include "write/write.hpp"

namespace candour {

namespace {

bool is_html(const std::string& path) { return path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0; }

}  // namespace

std::string output_dir_of(const BuildOptions& options) {
    if (!options.output_dir.empty()) return options.output_dir;
    return (std::filesystem::path(options.source_dir) / "site").string();
}

RenderedSite render_in_memory(const BuildOptions& options, Diagnostics& diags, const BuildReuse& reuse) {
    RenderedSite site;
    DiskFileSystem fs(options.source_dir);
    SourceTree tree = load(fs, options.themes_dir, diags, reuse.parse_content);
    Routes routes = build_routes(tree, diags, {options.preview, options.today});
    validate(tree, routes, diags);
    site.files = render_site(tree, routes, diags, options.jobs, reuse.pages);
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
    if (diags.has_errors() || !options.write) return report;
    report.written = write_site(site.files, output_dir_of(options), diags);
    return report;
}

}  // namespace candour
