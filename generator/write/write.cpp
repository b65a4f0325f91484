#include "write/write.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <stdio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "write/site_writer.hpp"

namespace fs = std::filesystem;

namespace candour {

namespace {

bool looks_like_built_site(const fs::path& dir) {
    std::error_code ec;
    if (fs::is_empty(dir, ec)) return true;
    return fs::exists(dir / "index.html", ec) || fs::exists(dir / "404.html", ec);
}

// `path` is `folder` or below it (both absolute, without links).
bool is_inside(const fs::path& path, const fs::path& folder) {
    auto [folder_end, path_end] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
    return folder_end == folder.end();
}

}  // namespace

std::string unsafe_output_reason(const std::string& output_dir, const std::string& source_dir,
                                 const std::string& themes_dir) {
    std::error_code ec;
    fs::path out = fs::weakly_canonical(fs::absolute(output_dir), ec);
    fs::path src = fs::weakly_canonical(fs::absolute(source_dir), ec);
    if (is_inside(src, out)) {
        return fmt::format("the output folder {} contains the site's source; choose a folder such as {}/site",
                           output_dir, source_dir);
    }
    // Inside a folder the build reads, the next build would read the last
    // one's pages, downloads and disclosure report as its own input.
    for (const char* read : {"content", "data", "templates"}) {
        if (is_inside(out, src / read)) {
            return fmt::format(
                "the output folder {} is inside the site's {}/ folder, which candour reads; "
                "choose a folder such as {}/site",
                output_dir, read, source_dir);
        }
    }
    if (!themes_dir.empty() && is_inside(out, fs::weakly_canonical(fs::absolute(themes_dir), ec))) {
        return fmt::format(
            "the output folder {} is inside the themes folder {}, which candour reads; choose a "
            "folder such as {}/site",
            output_dir, themes_dir, source_dir);
    }
    if (fs::exists(out, ec) && !fs::is_directory(out, ec)) {
        return fmt::format("the output {} is a file, not a folder", output_dir);
    }
    if (fs::is_directory(out, ec) && !looks_like_built_site(out)) {
        return fmt::format(
            "the output folder {} is not empty and holds no built site (no index.html); "
            "candour replaces the whole folder, so it will not use this one",
            output_dir);
    }
    return {};
}

bool write_site(const std::vector<OutputFile>& files, const std::string& output_dir, Diagnostics& diags,
                const BeforeSwap& before_swap, const std::string& kept_site) {
    SiteWriter writer(output_dir, kept_site);
    return writer.publish(files, diags, before_swap);
}

}  // namespace candour
