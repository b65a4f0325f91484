#include "io/file_system.hpp"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <optional>
#include <string>

namespace fs = std::filesystem;

namespace candour {

namespace {

bool is_within(const fs::path& path, const fs::path& root) {
    auto [r, p] = std::mismatch(root.begin(), root.end(), path.begin(), path.end());
    return r == root.end();
}

// What an entry is, links resolved, from the root's point of view.
enum class EntryKind { file, folder, outside, broken_link, link_to_folder, special };

struct Entry {
    EntryKind kind;
    fs::path target;  // where a link leads
};

Entry classify(const fs::path& path, const fs::path& real_root) {
    std::error_code ec;
    auto link = fs::symlink_status(path, ec);
    if (ec) return {EntryKind::broken_link, {}};
    if (!fs::is_symlink(link)) {
        if (fs::is_regular_file(link)) return {EntryKind::file, {}};
        if (fs::is_directory(link)) return {EntryKind::folder, {}};
        return {EntryKind::special, {}};
    }
    fs::path target = fs::read_symlink(path, ec);
    fs::path real = fs::canonical(path, ec);
    if (ec) return {EntryKind::broken_link, target};
    if (!is_within(real, real_root)) return {EntryKind::outside, real};
    auto status = fs::status(real, ec);
    if (fs::is_directory(status)) return {EntryKind::link_to_folder, target};
    if (!fs::is_regular_file(status)) return {EntryKind::special, target};
    return {EntryKind::file, target};
}

std::string reason(const Entry& e) {
    switch (e.kind) {
        case EntryKind::outside:
            return "a link to " + e.target.string() + ", outside the folder";
        case EntryKind::broken_link:
            return "a link to " + e.target.string() + ", which leads nowhere";
        case EntryKind::link_to_folder:
            return "a link to the folder " + e.target.string();
        case EntryKind::special:
            return "not a regular file (a pipe, socket or device)";
        default:
            return {};
    }
}

// Lexically, so that a link's own path is kept: fs::relative would resolve
// it, and a link out of the folder would give a path climbing out with "..".
std::string relative_to(const fs::path& path, const fs::path& root) {
    return path.lexically_normal().lexically_relative(root.lexically_normal()).generic_string();
}

// Every entry below `base`, without following links to folders.
template <typename Fn>
void walk(const fs::path& base, Fn fn) {
    std::error_code ec;
    auto options = fs::directory_options::skip_permission_denied;
    for (auto it = fs::recursive_directory_iterator(base, options, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        fn(it->path());
    }
}

// Editors keep lock files and backups as hidden entries (Emacs's ".#page.md"
// is a link to nowhere); they are never read, so they are not reported either.
bool is_hidden(const fs::path& path) {
    std::string name = path.filename().string();
    return !name.empty() && name[0] == '.';
}

// Closes the file when it goes out of scope.
class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    bool ok() const { return fd_ >= 0; }
    int get() const { return fd_; }

private:
    int fd_;
};

// Where an open file really is, every link resolved; nothing without /proc.
std::optional<std::string> path_of(int fd) {
    char buffer[PATH_MAX];
    std::string link = "/proc/self/fd/" + std::to_string(fd);
    ssize_t n = ::readlink(link.c_str(), buffer, sizeof buffer);
    if (n <= 0 || static_cast<std::size_t>(n) >= sizeof buffer) return std::nullopt;
    return std::string(buffer, static_cast<std::size_t>(n));
}

// The whole file; `expected` (its size when opened) saves growing the buffer.
std::optional<std::string> read_all(int fd, std::size_t expected) {
    std::string bytes(expected, '\0');
    std::size_t filled = 0;
    for (;;) {
        if (filled == bytes.size()) bytes.resize(std::max<std::size_t>(bytes.size() * 2, 4096));
        ssize_t n = ::read(fd, bytes.data() + filled, bytes.size() - filled);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return std::nullopt;
        if (n == 0) break;
        filled += static_cast<std::size_t>(n);
    }
    bytes.resize(filled);
    return bytes;
}

}  // namespace

DiskFileSystem::DiskFileSystem(std::string root) : root_(std::move(root)) {
    std::error_code ec;
    fs::path real = fs::weakly_canonical(fs::absolute(root_), ec);
    real_root_ = ec ? fs::absolute(root_).lexically_normal().string() : real.string();
}

// Every content file is read once a build, so this is on the hot path of
// a national site: one open without reading (O_PATH: a device is not
// touched), the kernel's own answer to where it leads, then one read of the
// whole file. Without /proc the checks fall back to is_file's.
std::optional<std::string> DiskFileSystem::read(const std::string& path) const {
    fs::path full = fs::path(root_) / path;
    FileDescriptor located(::open(full.c_str(), O_PATH | O_CLOEXEC));
    if (!located.ok()) return std::nullopt;
    struct stat about {};
    if (::fstat(located.get(), &about) != 0 || !S_ISREG(about.st_mode)) return std::nullopt;
    std::optional<std::string> real = path_of(located.get());
    if (real ? !is_within(fs::path(*real), real_root_) : !is_file(path)) return std::nullopt;
    // Opened by the path the kernel resolved: a link swapped in since can't redirect it.
    FileDescriptor in(::open(real ? real->c_str() : full.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK));
    struct stat opened {};
    if (!in.ok() || ::fstat(in.get(), &opened) != 0 || opened.st_ino != about.st_ino || opened.st_dev != about.st_dev)
        return std::nullopt;
    return read_all(in.get(), static_cast<std::size_t>(opened.st_size));
}

bool DiskFileSystem::is_file(const std::string& path) const {
    fs::path full = fs::path(root_) / path;
    std::error_code ec;
    fs::path real = fs::canonical(full, ec);
    if (ec || !is_within(real, real_root_)) return false;
    return classify(full, real_root_).kind == EntryKind::file;
}

std::vector<std::string> DiskFileSystem::list_files(const std::string& dir) const {
    std::vector<std::string> out;
    fs::path base = fs::path(root_) / dir;
    if (classify(base, real_root_).kind != EntryKind::folder) return out;
    walk(base, [&](const fs::path& p) {
        if (classify(p, real_root_).kind == EntryKind::file) out.push_back(relative_to(p, root_));
    });
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<Refusal> DiskFileSystem::refusals(const std::string& dir) const {
    std::vector<Refusal> out;
    fs::path base = fs::path(root_) / dir;
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(base, ec))) return out;
    Entry top = classify(base, real_root_);
    if (top.kind != EntryKind::folder) {
        if (top.kind != EntryKind::file) out.push_back({dir, reason(top)});
        return out;
    }
    walk(base, [&](const fs::path& p) {
        Entry e = classify(p, real_root_);
        if (e.kind == EntryKind::file || e.kind == EntryKind::folder || is_hidden(p)) return;
        out.push_back({relative_to(p, root_), reason(e)});
    });
    std::sort(out.begin(), out.end(), [](const Refusal& a, const Refusal& b) { return a.path < b.path; });
    return out;
}

std::optional<std::string> MemoryFileSystem::read(const std::string& path) const {
    auto it = files_.find(path);
    if (it == files_.end()) return std::nullopt;
    return it->second;
}

bool MemoryFileSystem::is_file(const std::string& path) const {
    return files_.count(path) > 0;
}

std::vector<std::string> MemoryFileSystem::list_files(const std::string& dir) const {
    std::vector<std::string> out;
    std::string prefix = dir.empty() ? "" : dir + "/";
    for (const auto& [path, _] : files_) {
        if (path.rfind(prefix, 0) == 0) out.push_back(path);
    }
    return out;  // std::map keeps them sorted
}

}  // namespace candour
