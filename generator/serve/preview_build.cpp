#include "serve/preview_build.hpp"

#include <fmt/format.h>

#include <chrono>

namespace candour {

namespace {

std::string plural(int n, const char* word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

}  // namespace

PreviewBuild build_preview(BuildOptions options, BuildCache& cache) {
    options.preview = true;
    options.write = false;
    auto started = std::chrono::steady_clock::now();
    Diagnostics diags;
    RenderedSite rendered;
    // Every bad input is meant to be a located error; should one still end in
    // an exception, the preview says so in the overlay and keeps running.
    try {
        rendered = render_in_memory(options, diags, cache.reuse());
    } catch (const std::exception& e) {
        rendered = {};
        diags.error({"site.yaml", 1, 1}, fmt::format("the build stopped unexpectedly: {}", e.what()),
                    "this is a fault in candour: please report it, with the change you last saved; undo that "
                    "change to carry on");
    }

    PreviewBuild build;
    build.problems = diags.sorted();
    for (const auto& d : build.problems) ++(d.severity == Severity::error ? build.errors : build.warnings);
    build.pages = rendered.pages;
    // A build with errors may still have rendered pages, but the preview
    // shows only whole good builds, as `candour build` would publish them.
    if (build.errors == 0 && !rendered.files.empty()) {
        auto site = std::make_shared<SiteSnapshot>();
        site->base_path = rendered.base_path;
        for (auto& f : rendered.files) site->files.emplace(std::move(f.path), std::move(f.bytes));
        build.site = std::move(site);
    }
    build.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return build;
}

std::string summary_line(std::string_view verb, const PreviewBuild& build) {
    std::string counts = fmt::format("{}, {}", plural(build.errors, "error"), plural(build.warnings, "warning"));
    if (!build.site) {
        return fmt::format("{} in {:.0f} ms: {}; still showing the last good build", verb, build.milliseconds, counts);
    }
    return fmt::format("{} in {:.0f} ms: {}, {}", verb, build.milliseconds, plural(build.pages, "page"), counts);
}

}  // namespace candour
