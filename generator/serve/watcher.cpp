#include "serve/watcher.hpp"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace candour {

namespace {

constexpr std::uint32_t change_events =
    IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB;

// A burst that never goes quiet (a program writing constantly) still gets a
// rebuild after this many quiet periods.
constexpr int longest_burst_in_quiet_periods = 20;

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

[[noreturn]] void throw_errno(const char* what) {
    throw std::system_error(errno, std::generic_category(), what);
}

}  // namespace

bool is_editor_scratch_file(const std::string& name) {
    return name == "4913" || ends_with(name, "~") || ends_with(name, ".swp") || ends_with(name, ".swx") ||
           ends_with(name, ".swo") || name.rfind(".#", 0) == 0 || name.rfind(".goutputstream-", 0) == 0;
}

Watcher::Watcher(std::string root, std::vector<std::string> names)
    : root_(std::move(root)), names_(names.begin(), names.end()) {
    inotify_fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (inotify_fd_ < 0) throw_errno("inotify_init1");
    wake_fd_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (wake_fd_ < 0) {
        ::close(inotify_fd_);
        throw_errno("eventfd");
    }
    // The root itself, not recursively: it tells us when a watched name is
    // created, replaced by an editor's rename, or deleted.
    int wd = inotify_add_watch(inotify_fd_, root_.c_str(), change_events | IN_ONLYDIR);
    if (wd < 0) {
        ::close(inotify_fd_);
        ::close(wake_fd_);
        throw_errno("inotify_add_watch");
    }
    dirs_[wd] = "";
    for (const auto& name : names_) watch_tree(name);
}

Watcher::~Watcher() {
    ::close(inotify_fd_);
    ::close(wake_fd_);
}

void Watcher::stop() {
    stopped_ = true;
    std::uint64_t one = 1;
    [[maybe_unused]] auto n = ::write(wake_fd_, &one, sizeof one);
}

void Watcher::watch_dir(const std::string& rel) {
    int wd = inotify_add_watch(inotify_fd_, (fs::path(root_) / rel).c_str(), change_events | IN_ONLYDIR);
    // A folder deleted before we got to it needs no watch.
    if (wd >= 0) dirs_[wd] = rel;
}

void Watcher::watch_tree(const std::string& rel) {
    std::error_code ec;
    fs::path top = fs::path(root_) / rel;
    if (!fs::is_directory(top, ec)) return;
    watch_dir(rel);
    for (auto it = fs::recursive_directory_iterator(top, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        if (it->is_directory(ec)) watch_dir(fs::relative(it->path(), root_).generic_string());
    }
}

// A folder moved away may live on outside the site: stop hearing about it.
// One moved within the site is watched again under its new name.
void Watcher::unwatch_tree(const std::string& rel) {
    for (auto it = dirs_.begin(); it != dirs_.end();) {
        const std::string& dir = it->second;
        if (dir == rel || dir.rfind(rel + "/", 0) == 0) {
            inotify_rm_watch(inotify_fd_, it->first);
            it = dirs_.erase(it);
        } else {
            ++it;
        }
    }
}

Watcher::Wait Watcher::wait(int timeout_ms) const {
    if (stopped_) return Wait::stopped;
    pollfd fds[2] = {{inotify_fd_, POLLIN, 0}, {wake_fd_, POLLIN, 0}};
    int n = ::poll(fds, 2, timeout_ms);
    if (stopped_ || (n > 0 && (fds[1].revents & POLLIN))) return Wait::stopped;
    if (n > 0) return Wait::event;
    if (n < 0 && errno != EINTR) return Wait::stopped;
    return Wait::timeout;
}

void Watcher::note(const std::string& dir, const std::string& name, std::uint32_t mask,
                   std::set<std::string>& changed) {
    // In the root, only the watched names matter: not site/ being written, say.
    if (dir.empty() && !names_.count(name)) return;
    if (is_editor_scratch_file(name)) return;
    std::string rel = dir.empty() ? name : dir + "/" + name;
    if ((mask & IN_ISDIR) && (mask & IN_MOVED_FROM)) unwatch_tree(rel);
    if ((mask & IN_ISDIR) && (mask & (IN_CREATE | IN_MOVED_TO))) watch_tree(rel);
    changed.insert(rel);
}

void Watcher::read_events(std::set<std::string>& changed) {
    alignas(inotify_event) char buffer[64 * 1024];
    for (;;) {
        ssize_t n = ::read(inotify_fd_, buffer, sizeof buffer);
        if (n <= 0) return;  // EAGAIN: read everything there was
        for (char* p = buffer; p < buffer + n;) {
            auto* event = reinterpret_cast<inotify_event*>(p);
            p += sizeof(inotify_event) + event->len;
            if (event->mask & IN_Q_OVERFLOW) {
                // Events were lost: watch any new folders, and rebuild anyway.
                for (const auto& name : names_) watch_tree(name);
                changed.insert("(many files)");
                continue;
            }
            auto dir = dirs_.find(event->wd);
            if (dir == dirs_.end()) continue;
            if (event->mask & IN_IGNORED) {
                dirs_.erase(dir);  // the folder is gone
                continue;
            }
            if (event->len > 0) note(dir->second, event->name, event->mask, changed);
        }
    }
}

std::vector<std::string> Watcher::next_change(std::chrono::milliseconds quiet) {
    std::set<std::string> changed;
    while (changed.empty()) {
        Wait w = wait(-1);
        if (w == Wait::stopped) return {};
        if (w == Wait::event) read_events(changed);
    }
    int quiet_ms = static_cast<int>(quiet.count());
    for (int i = 0; i < longest_burst_in_quiet_periods; ++i) {
        Wait w = wait(quiet_ms);
        if (w == Wait::stopped) return {};
        if (w == Wait::timeout) break;
        read_events(changed);
    }
    return {changed.begin(), changed.end()};
}

}  // namespace candour
