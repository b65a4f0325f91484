#include "support/rendered_site.hpp"

#include "build/build.hpp"

namespace candour::testing {

std::vector<std::string> formatted(const Diagnostics& diags) {
    std::vector<std::string> out;
    for (const auto& d : diags.sorted()) out.push_back(format_diagnostic(d));
    return out;
}

RenderedFiles render_source(const std::string& source_dir, Date today, bool preview) {
    BuildOptions options;
    options.source_dir = source_dir;
    options.preview = preview;
    options.today = today;
    Diagnostics diags;
    RenderedFiles out;
    for (auto& f : render_in_memory(options, diags).files) out.files[f.path] = f.bytes;
    out.problems = formatted(diags);
    return out;
}

RenderedFiles render_files(const Files& site, Date today, bool preview) {
    TempDir dir;
    write_files(dir.path(), site);
    return render_source(dir.path(), today, preview);
}

}  // namespace candour::testing
