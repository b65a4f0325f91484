#pragma once
// The preview's HTTP server (Debian's cpp-httplib): answers from the
// PreviewState in memory and never reads a file from disk.
#include <atomic>
#include <cstddef>
#include <memory>
#include <string>
#include <thread>

#include "serve/preview_state.hpp"

namespace httplib {
class Server;
}

namespace candour {

class PreviewServer {
public:
    explicit PreviewServer(PreviewState& state);
    ~PreviewServer();
    PreviewServer(const PreviewServer&) = delete;
    PreviewServer& operator=(const PreviewServer&) = delete;

    // Binds `address`:`port` (port 0: any free one) and starts answering on
    // a thread. Returns the port, or -1 if the address cannot be used.
    int start(const std::string& address, int port);

    // Stops answering; waiting requests end first. Safe to call twice.
    void stop();

    // Event streams (one per open page) held at most at once; beyond this a
    // page's stream is told to retry later, so that streams never take the
    // workers that serve pages.
    static constexpr std::size_t max_event_streams = 128;

private:
    PreviewState& state_;
    std::unique_ptr<httplib::Server> server_;
    std::thread thread_;
    std::string address_;  // as bound, for the Host check
    std::atomic<int> port_{0};
    std::shared_ptr<std::atomic<std::size_t>> open_streams_ = std::make_shared<std::atomic<std::size_t>>(0);
};

}  // namespace candour
