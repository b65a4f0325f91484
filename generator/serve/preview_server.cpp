#include "serve/preview_server.hpp"

#include <httplib.h>

#include <charconv>
#include <chrono>

#include "serve/live_reload.hpp"
#include "serve/preview_router.hpp"

namespace candour {

namespace {

// A waiting page's request comes back after this long with nothing new, well
// before browsers or proxies give up on it.
constexpr std::chrono::seconds longest_wait{20};

// Each open page holds one waiting request; leave room for many tabs.
constexpr std::size_t worker_threads = 32;

std::uint64_t since_of(const httplib::Request& req) {
    std::string text = req.get_param_value("since");
    std::uint64_t since = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), since);
    // Anything unreadable can never equal the current version: answer at once.
    if (ec != std::errc() || end != text.data() + text.size()) return UINT64_MAX;
    return since;
}

void send(httplib::Response& res, const PreviewResponse& answer) {
    res.status = answer.status;
    if (!answer.location.empty()) res.set_header("Location", answer.location);
    // Every answer may change with the next save.
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_content(answer.body, answer.content_type);
}

}  // namespace

PreviewServer::PreviewServer(PreviewState& state) : state_(state), server_(std::make_unique<httplib::Server>()) {
    server_->new_task_queue = [] { return new httplib::ThreadPool(worker_threads); };
    // cpp-httplib's default also sets SO_REUSEPORT, which lets a second preview
    // bind the same port and share its visitors. SO_REUSEADDR alone still lets a
    // restarted preview take its port back at once.
    server_->set_socket_options([](socket_t sock) {
        int yes = 1;
        ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    // Idle keep-alive connections hold a worker until this passes, and stop() waits for them.
    server_->set_keep_alive_timeout(1);
    // `[\s\S]*`, not `.*`: a decoded path may hold a newline, and must still reach
    // respond() to be refused with a 400 rather than fall through.
    server_->Get(R"([\s\S]*)", [this](const httplib::Request& req, httplib::Response& res) {
        if (req.path == events_path) {
            res.set_header("Cache-Control", "no-store");
            res.set_content(state_.wait_for_change(since_of(req), longest_wait), "application/json");
            return;
        }
        send(res, respond(state_, req.path));
    });
    auto refuse = [](const httplib::Request&, httplib::Response& res) {
        res.set_header("Allow", "GET, HEAD");
        send(res, {405, "text/plain; charset=utf-8", "The preview only answers GET and HEAD\n", {}});
    };
    server_->Post(R"([\s\S]*)", refuse);
    server_->Put(R"([\s\S]*)", refuse);
    server_->Patch(R"([\s\S]*)", refuse);
    server_->Delete(R"([\s\S]*)", refuse);
}

PreviewServer::~PreviewServer() {
    stop();
}

int PreviewServer::start(const std::string& address, int port) {
    int bound = port;
    if (port == 0) {
        bound = server_->bind_to_any_port(address);
    } else if (!server_->bind_to_port(address, port)) {
        bound = -1;
    }
    if (bound <= 0) return -1;
    thread_ = std::thread([this] { server_->listen_after_bind(); });
    // cpp-httplib has no "ready" signal, and stop() before it runs is lost.
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (!server_->is_running() && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return bound;
}

void PreviewServer::stop() {
    state_.close();  // long-polling requests return, so their workers can finish
    if (server_) server_->stop();
    if (thread_.joinable()) thread_.join();
}

}  // namespace candour
