#pragma once
// What the preview shows right now: the last good build, the problems of the
// latest build, and a version number that changes whenever either does.
// Open pages are sent each new version to know when to reload or show problems.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "serve/site_snapshot.hpp"

namespace candour {

struct StatusUpdate {
    std::uint64_t version = 0;
    std::string json;     // status_json() of that version
    bool closed = false;  // the preview is stopping
};

class PreviewState {
public:
    PreviewState();

    // Records a finished build. `site` is null when the build had errors:
    // the last good site stays. A site with the same bytes as the current
    // one keeps its version, so pages do not reload for nothing.
    void publish(std::shared_ptr<const SiteSnapshot> site, std::vector<Diagnostic> problems);

    std::shared_ptr<const SiteSnapshot> site() const;
    std::uint64_t version() const;

    // {"session", "version", "site_version", "has_site", "errors", "warnings",
    //  "diagnostics": [{"file", "line", "col", "severity", "message", "hint"}]}
    std::string status_json() const;

    // The current status; with `since`, once the version is not `since`,
    // `timeout` has passed or close() has been called.
    StatusUpdate current() const;
    StatusUpdate wait_for_change(std::uint64_t since, std::chrono::milliseconds timeout);

    // Wakes every waiter, now and later, so that the server can stop.
    void close();

private:
    std::string make_status_json() const;  // with mutex_ held

    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::string session_;  // differs between runs, so pages reload after a restart
    std::uint64_t version_ = 0;
    std::uint64_t site_version_ = 0;
    std::shared_ptr<const SiteSnapshot> site_;
    std::vector<Diagnostic> problems_;
    std::string status_json_;
    bool closed_ = false;
};

}  // namespace candour
