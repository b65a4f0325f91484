#include "write/site_writer.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <stdio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "write/folder_sync.hpp"

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

// A path the build made, never from outside: still, one that is absolute or
// climbs with ".." would write outside the output folder, so it is refused.
bool is_safe_output_path(const std::string& path) {
    fs::path p(path);
    if (path.empty() || p.is_absolute()) return false;
    return std::none_of(p.begin(), p.end(), [](const fs::path& part) { return part == ".." || part == "."; });
}

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

fs::path output_path_of(const std::string& output_dir) {
    fs::path out = fs::absolute(output_dir).lexically_normal();
    if (out.filename().empty()) out = out.parent_path();
    return out;
}

// The folders of builds that were killed go before this build makes its own.
const fs::path& without_abandoned_staging(const fs::path& out) {
    remove_abandoned_staging(out);
    return out;
}

}  // namespace

SiteWriter::SiteWriter(const std::string& output_dir, const std::string& kept_site)
    : out_(output_path_of(output_dir)),
      output_dir_(output_dir),
      kept_site_(kept_site),
      staging_(without_abandoned_staging(out_)) {
    // A kept site on another file system cannot be moved here in one step.
    adopted_ = !kept_site_.empty() && staging_.adopt(kept_site_);
}

SiteWriter::~SiteWriter() {
    if (!done_) give_up();
    wait_for_clearing();  // it uses this object
}

void SiteWriter::wait_for_clearing() const {
    if (clearing_.valid()) clearing_.wait();
}

// A build that fails after taking the kept site puts it back: it is a fine
// start for the next build whatever it holds now.
void SiteWriter::give_up() {
    wait_for_clearing();
    done_ = true;
    std::error_code ec;
    if (adopted_)
        keep_or_remove(staging_.path(), kept_site_);
    else
        fs::remove_all(staging_.path(), ec);
}

bool SiteWriter::fail(Diagnostics& diags, const std::string& what) {
    give_up();
    diags.error({output_dir_, 1, 1}, what,
                "check the folder exists and you can write to it; the published site was not changed");
    return false;
}

void SiteWriter::expect_pages(const std::vector<std::string>& pages) {
    expected_ = pages;
    std::sort(expected_.begin(), expected_.end());
    expected_.erase(std::unique(expected_.begin(), expected_.end()), expected_.end());
    clearing_ = std::async(std::launch::async, [this] {
                    if (staging_.ok()) kept_ = clear_way_for(staging_.path(), expected_);
                }).share();
}

void SiteWriter::write_page(const OutputFile& page) {
    // Only where expect_pages cleared the way: never through a link the
    // kept site might hold, nor outside the folder.
    wait_for_clearing();
    bool expected = std::binary_search(expected_.begin(), expected_.end(), page.path);
    bool written = false;
    if (staging_.ok() && expected && is_safe_output_path(page.path) &&
        write_if_changed(staging_.path() / page.path, page.bytes, written)) {
        if (written) ++pages_written_;
        return;
    }
    std::lock_guard lock(failed_mutex_);
    if (failed_.empty()) failed_ = expected ? (staging_.path() / page.path).string() : page.path;
}

bool SiteWriter::publish(const std::vector<OutputFile>& files, Diagnostics& diags, const BeforeSwap& before_swap) {
    wait_for_clearing();
    if (!staging_.ok()) return fail(diags, staging_.error());
    for (const auto& file : files) {
        if (!is_safe_output_path(file.path))
            return fail(diags, fmt::format("refused to write outside the site: {}", file.path));
    }
    if (!failed_.empty()) return fail(diags, fmt::format("could not write {}", failed_));
    FolderSync sync =
        clearing_.valid() ? finish_sync(staging_.path(), kept_, files) : sync_folder(staging_.path(), files);
    if (!sync.ok) return fail(diags, fmt::format("could not write {}: {}", sync.failed, std::strerror(errno)));
    if (before_swap && !before_swap(staging_.path().string())) {
        give_up();
        return false;
    }
    std::error_code ec;
    if (fs::exists(out_, ec)) {
        if (!exchange(staging_.path(), out_)) return fail(diags, fmt::format("could not replace {}", out_.string()));
        done_ = true;
        keep_or_remove(staging_.path(), kept_site_);  // now holds the previous site
    } else {
        fs::create_directories(out_.parent_path(), ec);
        fs::rename(staging_.path(), out_, ec);
        if (ec) return fail(diags, fmt::format("could not create {}: {}", out_.string(), ec.message()));
        done_ = true;
    }
    return true;
}

}  // namespace candour
