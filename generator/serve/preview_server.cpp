#include "serve/preview_server.hpp"

#include <httplib.h>

#include <chrono>
#include <optional>

#include "serve/host_check.hpp"
#include "serve/listen_backlog.hpp"
#include "serve/live_reload.hpp"
#include "serve/preview_router.hpp"

namespace candour {

namespace {

// An open page's event stream says something at least this often. Writing to
// a page that has gone fails, which frees the worker serving its stream.
constexpr std::chrono::seconds heartbeat{1};

// cpp-httplib gives each connection a worker for as long as it is open, and
// each open page holds one event stream. Workers beyond the streams' cap are
// left for pages, assets and the status.
constexpr std::size_t page_workers = 32;
constexpr std::size_t worker_threads = PreviewServer::max_event_streams + page_workers;

// Holds one place among the open streams while the stream's response lives:
// until its page goes or the preview stops.
class StreamSlot {
public:
    explicit StreamSlot(std::shared_ptr<std::atomic<std::size_t>> open) : open_(std::move(open)) {}
    ~StreamSlot() { --*open_; }
    StreamSlot(const StreamSlot&) = delete;
    StreamSlot& operator=(const StreamSlot&) = delete;

private:
    std::shared_ptr<std::atomic<std::size_t>> open_;
};

// Over the cap: a stream that ends at once, asking the browser to reconnect
// in a few seconds, by when a tab may have closed. (Any status but 200 would
// make the browser give up on live reload for good.)
void refuse_stream(httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    res.set_content("retry: 5000\n\n", "text/event-stream");
}

// Server-Sent Events: the current status at once, then every new one. The
// JSON is one line, as a "data:" field must be.
void stream_events(PreviewState& state, std::shared_ptr<std::atomic<std::size_t>> open_streams,
                   httplib::Response& res) {
    if (++*open_streams > PreviewServer::max_event_streams) {
        --*open_streams;
        return refuse_stream(res);
    }
    auto slot = std::make_shared<StreamSlot>(std::move(open_streams));
    res.set_header("Cache-Control", "no-store");
    auto sent = std::make_shared<std::optional<std::uint64_t>>();
    res.set_chunked_content_provider("text/event-stream", [&state, sent, slot](std::size_t, httplib::DataSink& sink) {
        StatusUpdate update = *sent ? state.wait_for_change(**sent, heartbeat) : state.current();
        if (update.closed) return false;  // the preview is stopping: end the stream
        std::string chunk;
        if (!*sent) chunk = "retry: 1000\n";  // reconnect after a second if the preview restarts
        if (update.version != *sent) {
            chunk += "data: " + update.json + "\n\n";
            *sent = update.version;
        } else {
            chunk += ": heartbeat\n\n";
        }
        return sink.write(chunk.data(), chunk.size());
    });
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
    // Before any route: a request naming another host is refused, whatever it asks for.
    server_->set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
        if (is_allowed_host(req.get_header_value("Host"), address_, port_)) {
            return httplib::Server::HandlerResponse::Unhandled;
        }
        send(res, {403, "text/plain; charset=utf-8", host_refusal_text(address_, port_), {}});
        return httplib::Server::HandlerResponse::Handled;
    });
    server_->Get(R"([\s\S]*)", [this](const httplib::Request& req, httplib::Response& res) {
        if (req.path == events_path) return stream_events(state_, open_streams_, res);
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
    widen_listen_backlog(bound);  // best effort: without it, bursts of connections wait seconds
    address_ = address;
    port_ = bound;
    thread_ = std::thread([this] { server_->listen_after_bind(); });
    // cpp-httplib has no "ready" signal, and stop() before it runs is lost.
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (!server_->is_running() && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return bound;
}

void PreviewServer::stop() {
    state_.close();  // event streams end, so their workers can finish
    if (server_) server_->stop();
    if (thread_.joinable()) thread_.join();
}

}  // namespace candour
