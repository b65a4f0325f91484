#include "write/folder_sync.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <functional>
#include <string_view>
#include <unordered_set>

#include "io/parallel.hpp"
#include "io/write_file.hpp"

namespace fs = std::filesystem;

namespace candour {

namespace {

// What the site needs: each file's path, and every folder above one.
struct Wanted {
    std::unordered_set<std::string> files;
    std::unordered_set<std::string> folders;
};

void want(Wanted& wanted, const std::string& path) {
    wanted.files.insert(path);
    for (auto slash = path.rfind('/'); slash != std::string::npos && slash > 0; slash = path.rfind('/', slash - 1)) {
        if (!wanted.folders.insert(path.substr(0, slash)).second) break;  // and all above it
    }
}

// The kind of the entry `e` in the folder open as `dir_fd`: from the
// listing itself (d_type), so the walk costs no stat a file, unless the
// file system does not say. A link is a link, never its target.
unsigned char kind_of(int dir_fd, const dirent& e) {
    if (e.d_type != DT_UNKNOWN) return e.d_type;
    struct stat about {};
    if (::fstatat(dir_fd, e.d_name, &about, AT_SYMLINK_NOFOLLOW) != 0) return DT_UNKNOWN;
    if (S_ISREG(about.st_mode)) return DT_REG;
    if (S_ISDIR(about.st_mode)) return DT_DIR;
    return DT_UNKNOWN;
}

// What to do with an entry met on a walk.
enum class Step { keep, descend, remove };
// Given an entry's path (relative to the walk's top) and kind.
using Decide = std::function<Step(const std::string& path, unsigned char kind)>;

// Walks the folder open as `dir_fd` (at `top`/`relative`; `relative` is ""
// or ends in '/'), doing what `decide` says with each entry, and returns how
// many entries were removed. The walk goes down through the descriptors it
// opened, with O_NOFOLLOW, so a folder swapped for a link is never entered.
int walk(int dir_fd, const fs::path& top, const std::string& relative, const Decide& decide) {
    DIR* listing = ::fdopendir(dir_fd);
    if (!listing) {
        ::close(dir_fd);
        return 0;
    }
    std::vector<std::string> folders;
    std::vector<std::string> unwanted;
    while (const dirent* e = ::readdir(listing)) {
        std::string_view name = e->d_name;
        if (name == "." || name == "..") continue;
        std::string path = relative;
        path += name;
        switch (decide(path, kind_of(dir_fd, *e))) {
            case Step::keep:
                break;
            case Step::descend:
                folders.emplace_back(name);
                break;
            case Step::remove:
                unwanted.push_back(std::move(path));  // after the listing, which removing would disturb
                break;
        }
    }
    int removed = 0;
    for (const auto& path : unwanted) {
        std::error_code ec;
        fs::remove_all(top / path, ec);  // whole, without following links
        ++removed;
    }
    for (const auto& name : folders) {
        int sub = ::openat(dir_fd, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (sub >= 0) removed += walk(sub, top, relative + name + "/", decide);
    }
    ::closedir(listing);
    return removed;
}

int walk(const fs::path& dir, const Decide& decide) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    return fd < 0 ? 0 : walk(fd, dir, "", decide);
}

// Removes what the site does not need: a withdrawn page, a link, or a
// folder no file needs.
int prune(const fs::path& dir, const Wanted& wanted) {
    return walk(dir, [&](const std::string& path, unsigned char kind) {
        if (kind == DT_REG && wanted.files.count(path)) return Step::keep;
        if (kind == DT_DIR && wanted.folders.count(path)) return Step::descend;
        return Step::remove;
    });
}

// A regular file (never followed through a link) holding exactly `bytes`.
bool same_bytes(const fs::path& path, std::string_view bytes) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return false;
    struct stat about {};
    bool same = ::fstat(fd, &about) == 0 && S_ISREG(about.st_mode) &&
                static_cast<std::uintmax_t>(about.st_size) == bytes.size();
    std::string buffer(same ? bytes.size() : 0, '\0');
    std::size_t got = 0;
    while (got < buffer.size()) {
        ssize_t n = ::read(fd, buffer.data() + got, buffer.size() - got);
        if (n <= 0) break;
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    return same && got == bytes.size() && std::string_view(buffer) == bytes;
}

}  // namespace

FolderSync sync_folder(const fs::path& dir, const std::vector<OutputFile>& files, int jobs) {
    std::vector<std::string> paths;
    paths.reserve(files.size());
    for (const auto& file : files) paths.push_back(file.path);
    Wanted wanted;
    wanted.files.reserve(paths.size());
    for (const auto& path : paths) want(wanted, path);
    int removed = prune(dir, wanted);
    FolderSync sync = write_into(dir, files, jobs);
    sync.removed = removed;
    return sync;
}

KeptEntries clear_way_for(const fs::path& dir, const std::vector<std::string>& pages) {
    Wanted wanted;
    wanted.files.reserve(pages.size());
    for (const auto& path : pages) want(wanted, path);
    KeptEntries kept;
    walk(dir, [&](const std::string& path, unsigned char kind) {
        if (kind == DT_REG) {
            if (wanted.folders.count(path)) return Step::remove;  // where a page's folder goes
            kept.files.push_back(path);
            return Step::keep;
        }
        if (kind == DT_DIR) {
            if (wanted.files.count(path)) return Step::remove;  // where a page goes
            kept.folders.push_back(path);
            return Step::descend;
        }
        return Step::remove;  // a link, or a special file
    });
    return kept;
}

FolderSync finish_sync(const fs::path& dir, const KeptEntries& kept, const std::vector<OutputFile>& files, int jobs) {
    Wanted wanted;
    wanted.files.reserve(files.size());
    for (const auto& file : files) want(wanted, file.path);
    int removed = 0;
    std::error_code ec;
    for (const auto& folder : kept.folders) {  // each before what it holds
        if (!wanted.folders.count(folder) && fs::remove_all(dir / folder, ec) > 0) ++removed;
    }
    for (const auto& file : kept.files) {
        if (!wanted.files.count(file) && fs::remove(dir / file, ec)) ++removed;  // false: its folder went
    }
    FolderSync sync = write_into(dir, files, jobs);
    sync.removed = removed;
    return sync;
}

// Files are compared and written on every core: at national scale this
// is thousands of reads and writes, each waiting on the kernel. After a
// failure no more files are tried; the earliest failed one is reported.
FolderSync write_into(const fs::path& dir, const std::vector<OutputFile>& files, int jobs) {
    enum class Outcome : char { not_tried, unchanged, written, failed };
    std::vector<Outcome> outcomes(files.size());
    std::atomic<bool> failed{false};
    parallel_for(files.size(), worker_count(jobs, files.size()), [&](std::size_t i, int) {
        if (failed || files[i].streamed) return;  // a streamed file was written as it was rendered
        bool written = false;
        if (write_if_changed(dir / files[i].path, files[i].bytes, written)) {
            outcomes[i] = written ? Outcome::written : Outcome::unchanged;
        } else {
            outcomes[i] = Outcome::failed;
            failed = true;
        }
    });
    FolderSync sync;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (outcomes[i] == Outcome::failed) {
            sync.ok = false;
            sync.failed = (dir / files[i].path).string();
            return sync;
        }
        sync.unchanged += outcomes[i] == Outcome::unchanged;
        sync.written += outcomes[i] == Outcome::written;
    }
    return sync;
}

bool write_if_changed(const fs::path& path, std::string_view bytes, bool& written) {
    written = false;
    if (same_bytes(path, bytes)) return true;
    written = true;
    return write_file(path, bytes);
}

}  // namespace candour
