#include "write/write.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <stdio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "write/folder_sync.hpp"
#include "write/staging.hpp"

namespace fs = std::filesystem;

namespace candour {

namespace {

// Swaps two paths in one step (Linux renameat2), so there is no moment with
// no site. Falls back to two renames where the kernel can't exchange.
bool exchange(const fs::path& a, const fs::path& b) {
#ifdef RENAME_EXCHANGE
    if (::renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) == 0) return true;
#endif
    fs::path aside = b;
    aside += ".old";
    std::error_code ec;
    fs::remove_all(aside, ec);
    fs::rename(b, aside, ec);
    if (ec) return false;
    fs::rename(a, b, ec);
    if (ec) {
        fs::rename(aside, b, ec);
        return false;
    }
    fs::rename(aside, a, ec);
    return true;
}

bool looks_like_built_site(const fs::path& dir) {
    std::error_code ec;
    if (fs::is_empty(dir, ec)) return true;
    return fs::exists(dir / "index.html", ec) || fs::exists(dir / "404.html", ec);
}

// A path the build made, never from outside: still, one that is absolute or
// climbs with ".." would write outside the output folder, so it is refused.
bool is_safe_output_path(const std::string& path) {
    fs::path p(path);
    if (path.empty() || p.is_absolute()) return false;
    return std::none_of(p.begin(), p.end(), [](const fs::path& part) { return part == ".." || part == "."; });
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

namespace {

// After the swap the staging folder holds the replaced site: kept in the
// cache for the next build, or deleted.
void keep_or_remove(const fs::path& replaced, const std::string& kept_site) {
    std::error_code ec;
    if (!kept_site.empty()) {
        fs::path kept(kept_site);
        fs::remove_all(kept, ec);
        fs::create_directories(kept.parent_path(), ec);
        if (::rename(replaced.c_str(), kept.c_str()) == 0) return;
    }
    fs::remove_all(replaced, ec);
}

}  // namespace

bool write_site(const std::vector<OutputFile>& files, const std::string& output_dir, Diagnostics& diags,
                const BeforeSwap& before_swap, const std::string& kept_site) {
    fs::path out = fs::absolute(output_dir).lexically_normal();
    if (out.filename().empty()) out = out.parent_path();
    remove_abandoned_staging(out);
    StagingFolder staging(out);
    std::error_code ec;
    bool adopted = false;
    // A build that fails after taking the kept site puts it back: it is a
    // fine start for the next build whatever it holds now.
    auto give_up = [&] {
        if (adopted)
            keep_or_remove(staging.path(), kept_site);
        else
            fs::remove_all(staging.path(), ec);
    };
    auto fail = [&](const std::string& what) {
        give_up();
        diags.error({output_dir, 1, 1}, what,
                    "check the folder exists and you can write to it; the published site was not changed");
        return false;
    };
    if (!staging.ok()) return fail(staging.error());
    for (const auto& file : files) {
        if (!is_safe_output_path(file.path))
            return fail(fmt::format("refused to write outside the site: {}", file.path));
    }
    // A kept site on another file system cannot be moved here in one step.
    adopted = !kept_site.empty() && staging.adopt(kept_site);
    if (!staging.ok()) return fail(staging.error());
    FolderSync sync = sync_folder(staging.path(), files);
    if (!sync.ok) return fail(fmt::format("could not write {}: {}", sync.failed, std::strerror(errno)));
    if (before_swap && !before_swap(staging.path().string())) {
        give_up();
        return false;
    }
    if (fs::exists(out, ec)) {
        if (!exchange(staging.path(), out)) return fail(fmt::format("could not replace {}", out.string()));
        keep_or_remove(staging.path(), kept_site);  // now holds the previous site
    } else {
        fs::create_directories(out.parent_path(), ec);
        fs::rename(staging.path(), out, ec);
        if (ec) return fail(fmt::format("could not create {}: {}", out.string(), ec.message()));
    }
    return true;
}

}  // namespace candour
