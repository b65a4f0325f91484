#include "write/staging.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <optional>
#include <string>

namespace fs = std::filesystem;

namespace candour {

namespace {

std::string staging_prefix(const fs::path& output) {
    return fmt::format(".{}.new-", output.filename().string());
}

// The process id in a staging folder's name, if it is one for `output`.
std::optional<pid_t> staging_pid(const std::string& name, const std::string& prefix) {
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) return std::nullopt;
    pid_t pid = 0;
    const char* first = name.data() + prefix.size();
    const char* last = name.data() + name.size();
    auto [end, ec] = std::from_chars(first, last, pid);
    if (ec != std::errc() || end != last || pid <= 0) return std::nullopt;
    return pid;
}

bool process_alive(pid_t pid) {
    return ::kill(pid, 0) == 0 || errno == EPERM;
}

// A lock nobody holds: the build that made the folder has ended. (A process
// in another PID namespace can look gone while still holding its lock.)
bool lock_is_free(const fs::path& dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return false;
    bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);
    return free;
}

}  // namespace

StagingFolder::StagingFolder(const fs::path& output)
    : path_(output.parent_path() / (staging_prefix(output) + std::to_string(::getpid()))) {
    std::error_code ec;
    fs::remove_all(path_, ec);  // ours, from an earlier build in this process
    fs::create_directories(path_, ec);
    if (ec) {
        error_ = fmt::format("could not create {}: {}", path_.string(), ec.message());
        return;
    }
    lock();
}

bool StagingFolder::lock() {
    fd_ = ::open(path_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
    if (fd_ >= 0 && ::flock(fd_, LOCK_EX | LOCK_NB) == 0) return true;
    error_ = fmt::format("could not lock {}: {}", path_.string(), std::strerror(errno));
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    return false;
}

bool StagingFolder::adopt(const fs::path& folder) {
    if (!ok()) return false;
    // rename() replaces the empty staging folder in one step; the lock was
    // on that folder, so the adopted one is locked anew (the name, with this
    // process's id, keeps other builds off it in between).
    if (::rename(folder.c_str(), path_.c_str()) != 0) return false;
    ::close(fd_);
    return lock();
}

StagingFolder::~StagingFolder() {
    if (fd_ >= 0) ::close(fd_);
}

int remove_abandoned_staging(const fs::path& output) {
    std::string prefix = staging_prefix(output);
    int removed = 0;
    std::error_code ec;
    for (auto it = fs::directory_iterator(output.parent_path(), ec); !ec && it != fs::directory_iterator();
         it.increment(ec)) {
        auto pid = staging_pid(it->path().filename().string(), prefix);
        if (!pid || *pid == ::getpid()) continue;
        std::error_code type_ec;
        if (!it->is_directory(type_ec) || it->is_symlink(type_ec)) continue;
        if (process_alive(*pid) || !lock_is_free(it->path())) continue;
        std::error_code remove_ec;
        if (fs::remove_all(it->path(), remove_ec) > 0 && !remove_ec) ++removed;
    }
    return removed;
}

}  // namespace candour
