#include "build/build.hpp"

#include <filesystem>

#include "io/file_system.hpp"
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

BuildReport build_site(const BuildOptions& options, Diagnostics& diags) {
    BuildReport report;
    DiskFileSystem fs(options.source_dir);
    SourceTree tree = load(fs, options.themes_dir, diags);
    Routes routes = build_routes(tree, diags);
    validate(tree, routes, diags);
    std::vector<OutputFile> files = render_site(tree, routes, diags, options.jobs);
    for (const auto& f : files) {
        if (f.path.size() > 5 && f.path.compare(f.path.size() - 5, 5, ".html") == 0) ++report.pages;
    }
    report.files = static_cast<int>(files.size());
    if (diags.has_errors() || !options.write) return report;
    report.written = write_site(files, output_dir_of(options), diags);
    return report;
}

}  // namespace candour
