#pragma once
// Watches the site's source with inotify: chosen files and folders directly
// inside the site folder, folders recursively, including folders created
// after the watch started (and the watched names themselves appearing later).
#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace candour {

class Watcher {
public:
    // `names`: files or folders directly inside `root`, such as "site.yaml"
    // and "content". Throws std::system_error if inotify cannot be used.
    Watcher(std::string root, std::vector<std::string> names);
    ~Watcher();
    Watcher(const Watcher&) = delete;
    Watcher& operator=(const Watcher&) = delete;

    // Waits for a change, then until `quiet` passes with no further change
    // (editors save in bursts of events), and returns the changed paths,
    // relative to the root and sorted. Empty once stop() has been called.
    std::vector<std::string> next_change(std::chrono::milliseconds quiet);

    // Ends next_change() now and for good; callable from any thread.
    void stop();

private:
    enum class Wait { event, timeout, stopped };
    Wait wait(int timeout_ms) const;
    void watch_tree(const std::string& rel);
    void watch_dir(const std::string& rel);
    void unwatch_tree(const std::string& rel);
    void read_events(std::set<std::string>& changed);
    void note(const std::string& dir, const std::string& name, std::uint32_t mask, std::set<std::string>& changed);

    std::string root_;
    std::set<std::string> names_;
    int inotify_fd_ = -1;
    int wake_fd_ = -1;                 // an eventfd that stop() writes to
    std::map<int, std::string> dirs_;  // watch descriptor -> folder relative to root ("" for root)
    std::atomic<bool> stopped_{false};
};

// Files editors write beside the real one while saving (vim's .swp and
// "4913", emacs's .#lock, backup~): not changes to the site.
bool is_editor_scratch_file(const std::string& name);

}  // namespace candour
