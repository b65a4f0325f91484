#include "write/folder_sync.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
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

// Removes what the site does not need and returns how many entries went.
// The kind of each entry comes from the folder listing itself (d_type), so
// the walk costs no stat a file.
int prune(const fs::path& dir, const Wanted& wanted) {
    int removed = 0;
    std::error_code ec;
    auto it = fs::recursive_directory_iterator(dir, fs::directory_options::none, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::string relative = it->path().lexically_relative(dir).generic_string();
        bool link = it->is_symlink(ec);
        if (ec) break;
        // Not a link, so these are the entry's own kind, not a target's.
        if (!link && it->is_regular_file(ec) && wanted.files.count(relative)) continue;
        if (!link && it->is_directory(ec) && wanted.folders.count(relative)) continue;
        // Not part of the site: a withdrawn page, a link, or a folder no
        // file needs. Removed whole, without following links.
        it.disable_recursion_pending();
        std::error_code remove_ec;
        fs::remove_all(it->path(), remove_ec);
        ++removed;
    }
    return removed;
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
    int removed = prune_folder(dir, paths);
    FolderSync sync = write_into(dir, files, jobs);
    sync.removed = removed;
    return sync;
}

int prune_folder(const fs::path& dir, const std::vector<std::string>& paths) {
    Wanted wanted;
    wanted.files.reserve(paths.size());
    for (const auto& path : paths) want(wanted, path);
    return prune(dir, wanted);
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
