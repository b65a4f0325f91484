#pragma once
// One running preview: the first build, the watcher and its rebuild thread,
// and the HTTP server, started and stopped together. serve() wraps it with
// signal handling; tests and the benchmark drive it directly.
#include <memory>
#include <mutex>
#include <ostream>
#include <string>
#include <thread>
#include <vector>

#include "serve/build_cache.hpp"
#include "serve/preview_server.hpp"
#include "serve/preview_state.hpp"
#include "serve/serve.hpp"
#include "serve/watcher.hpp"

namespace candour {

class PreviewSession {
public:
    PreviewSession(ServeOptions options, std::ostream& out, std::ostream& err);
    ~PreviewSession();
    PreviewSession(const PreviewSession&) = delete;
    PreviewSession& operator=(const PreviewSession&) = delete;

    // Builds, starts watching, then serving. Returns false, having said why
    // on `err`, if the files cannot be watched or the address not used.
    bool start();
    void stop();

    int port() const { return port_; }
    std::string url() const;  // "http://127.0.0.1:1313/rasso/"
    const PreviewState& state() const { return state_; }

private:
    void rebuild(const std::vector<std::string>& changed);
    void watch_loop();
    void report(const std::string& summary, const std::vector<Diagnostic>& problems);

    ServeOptions options_;
    std::ostream& out_;
    std::ostream& err_;
    std::mutex console_;  // the rebuild thread and the caller both print
    BuildCache cache_;
    PreviewState state_;
    PreviewServer server_{state_};
    std::unique_ptr<Watcher> watcher_;
    std::thread rebuilder_;
    int port_ = -1;
    std::string base_path_ = "/";
};

}  // namespace candour
