#include "charts/node_renderer.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

extern char** environ;

namespace candour {

namespace {

constexpr const char* script_name = "render-charts.mjs";

// A connected pair of sockets rather than a pipe: writing to a renderer that
// has died then fails with EPIPE (MSG_NOSIGNAL) instead of killing candour
// with SIGPIPE.
std::pair<int, int> socket_pair() {
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        throw ChartRendererError(fmt::format("cannot start the chart renderer: {}", std::strerror(errno)), "");
    }
    return {fds[0], fds[1]};
}

// Somewhere for the renderer's stderr that never fills up and blocks it:
// an unlinked temporary file, read only if something goes wrong.
int stderr_file() {
    char path[] = "/tmp/candour-node-XXXXXX";
    int fd = ::mkostemp(path, O_CLOEXEC);
    if (fd >= 0) ::unlink(path);
    return fd;
}

void close_fd(int& fd) {
    if (fd >= 0) ::close(fd);
    fd = -1;
}

}  // namespace

std::string chart_install_hint(const std::string& charts_dir) {
    return fmt::format(
        "charts are drawn by Node.js with the vega and vega-lite packages: run scripts/install-deps.sh "
        "(on Debian: 'apt-get install nodejs npm', then 'npm ci' in {})",
        charts_dir);
}

NodeRenderer::NodeRenderer(std::string charts_dir, std::string node)
    : charts_dir_(std::move(charts_dir)), node_(std::move(node)) {}

NodeRenderer::~NodeRenderer() {
    stop();
}

void NodeRenderer::start() {
    std::string script = (std::filesystem::path(charts_dir_) / script_name).string();
    if (!std::filesystem::is_regular_file(script)) {
        throw ChartRendererError(fmt::format("the chart renderer {} is missing", script),
                                 chart_install_hint(charts_dir_));
    }
    auto [ours_in, theirs_in] = socket_pair();
    auto [ours_out, theirs_out] = socket_pair();
    stderr_file_ = stderr_file();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, theirs_in, 0);
    posix_spawn_file_actions_adddup2(&actions, theirs_out, 1);
    if (stderr_file_ >= 0) posix_spawn_file_actions_adddup2(&actions, stderr_file_, 2);
    std::vector<char*> argv = {node_.data(), script.data(), nullptr};
    pid_t pid = -1;
    int rc = ::posix_spawnp(&pid, node_.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(theirs_in);
    ::close(theirs_out);
    to_node_ = ours_in;
    from_node_ = ours_out;
    if (rc != 0) {
        stop();
        std::string why = rc == ENOENT ? fmt::format("'{}' was not found", node_) : std::strerror(rc);
        throw ChartRendererError(fmt::format("Node.js is needed to draw charts, but {}", why),
                                 chart_install_hint(charts_dir_));
    }
    pid_ = pid;
    auto hello = nlohmann::json::parse(read_line(), nullptr, false);
    if (hello.is_object() && hello.contains("fatal")) {
        fail(fmt::format("the chart renderer could not start: {}", hello["fatal"].get<std::string>()),
             chart_install_hint(charts_dir_));
    }
    if (!hello.is_object() || !hello.value("ready", false)) fail("the chart renderer did not start properly", "");
    versions_ = fmt::format("vega {}, vega-lite {}", hello.value("vega", "?"), hello.value("vegaLite", "?"));
}

RenderedSvg NodeRenderer::render(const std::string& spec_json) {
    std::string id = std::to_string(next_id_++);
    write_all(fmt::format("{{\"id\":\"{}\",\"spec\":{}}}\n", id, spec_json));
    auto reply = nlohmann::json::parse(read_line(), nullptr, false);
    if (!reply.is_object() || reply.value("id", "") != id) fail("the chart renderer answered out of turn", "");
    if (reply.contains("error")) {
        throw ChartRendererError(fmt::format("Vega could not draw this chart: {}", reply["error"].get<std::string>()),
                                 "this is a fault in candour's chart builders; please report it with this message");
    }
    RenderedSvg out{reply.value("svg", ""), {}};
    for (const auto& w : reply.value("warnings", nlohmann::json::array())) out.warnings.push_back(w.get<std::string>());
    return out;
}

std::string NodeRenderer::read_line() {
    for (;;) {
        if (auto nl = buffer_.find('\n'); nl != std::string::npos) {
            std::string line = buffer_.substr(0, nl);
            buffer_.erase(0, nl + 1);
            return line;
        }
        char chunk[65536];
        ssize_t n = ::recv(from_node_, chunk, sizeof chunk, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) fail("the chart renderer stopped unexpectedly", "its last words: " + stderr_tail());
        buffer_.append(chunk, static_cast<std::size_t>(n));
    }
}

void NodeRenderer::write_all(const std::string& text) {
    std::size_t done = 0;
    while (done < text.size()) {
        ssize_t n = ::send(to_node_, text.data() + done, text.size() - done, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) fail("the chart renderer stopped unexpectedly", "its last words: " + stderr_tail());
        done += static_cast<std::size_t>(n);
    }
}

std::string NodeRenderer::stderr_tail() const {
    if (stderr_file_ < 0) return "(none recorded)";
    std::string text(4096, '\0');
    off_t size = ::lseek(stderr_file_, 0, SEEK_END);
    off_t from = size > 4096 ? size - 4096 : 0;
    ssize_t n = ::pread(stderr_file_, text.data(), text.size(), from);
    text.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
    return text.empty() ? "(nothing)" : text;
}

void NodeRenderer::fail(const std::string& message, const std::string& hint) {
    stop();
    throw ChartRendererError(message, hint);
}

// Closing the renderer's input ends its loop; a renderer that does not
// finish within two seconds is killed, so a build never hangs on it.
void NodeRenderer::stop() {
    close_fd(to_node_);
    if (pid_ > 0) {
        auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
        int status = 0;
        while (::waitpid(pid_, &status, WNOHANG) == 0) {
            if (std::chrono::steady_clock::now() > deadline) {
                ::kill(pid_, SIGKILL);
                ::waitpid(pid_, &status, 0);
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        pid_ = -1;
    }
    close_fd(from_node_);
    close_fd(stderr_file_);
}

}  // namespace candour
