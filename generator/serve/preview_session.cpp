#include "serve/preview_session.hpp"

#include <fmt/format.h>

#include "serve/preview_build.hpp"

namespace candour {

namespace {

// Everything a build reads from the site folder. data/ may not exist yet:
// the watcher notices when it appears.
const std::vector<std::string> watched_names = {"site.yaml", "content", "data", "templates"};

// The address to open on this computer: one that listens everywhere is
// reached locally through the loopback address.
std::string host_for_url(const std::string& address) {
    if (address == "0.0.0.0") return "127.0.0.1";
    if (address == "::") return "[::1]";
    return address.find(':') != std::string::npos ? "[" + address + "]" : address;
}

bool is_loopback(const std::string& address) {
    return address == "localhost" || address == "::1" || address.rfind("127.", 0) == 0;
}

std::string what_changed(const std::vector<std::string>& changed) {
    if (changed.size() == 1) return changed.front() + " changed; ";
    return fmt::format("{} and {} more changed; ", changed.front(), changed.size() - 1);
}

}  // namespace

PreviewSession::PreviewSession(ServeOptions options, std::ostream& out, std::ostream& err)
    : options_(std::move(options)), out_(out), err_(err) {}

PreviewSession::~PreviewSession() {
    stop();
}

std::string PreviewSession::url() const {
    return fmt::format("http://{}:{}{}", host_for_url(options_.bind), port_, base_path_);
}

bool PreviewSession::start() {
    try {
        // Watch before the first build, so that no save between the two is missed.
        watcher_ = std::make_unique<Watcher>(options_.source_dir, watched_names);
    } catch (const std::system_error& e) {
        err_ << "candour: cannot watch " << options_.source_dir << " for changes: " << e.code().message() << "\n";
        return false;
    }
    rebuild({});
    port_ = server_.start(options_.bind, options_.port);
    if (port_ < 0 && options_.port == 0) {
        err_ << fmt::format("candour: cannot serve on {}: no free port\n", options_.bind);
        return false;
    }
    if (port_ < 0) {
        err_ << fmt::format("candour: cannot serve on {} port {}: is another program using it? Try --port {}\n",
                            options_.bind, options_.port, options_.port + 1);
        return false;
    }
    if (auto site = state_.site()) base_path_ = site->base_path;
    {
        std::lock_guard lock(console_);
        out_ << "candour: serving " << url() << " (press Ctrl+C to stop)\n";
        if (!is_loopback(options_.bind)) {
            out_ << "candour: other computers on your network can see this preview, drafts included\n";
        }
        out_.flush();
    }
    rebuilder_ = std::thread([this] { watch_loop(); });
    return true;
}

void PreviewSession::stop() {
    if (watcher_) watcher_->stop();
    if (rebuilder_.joinable()) rebuilder_.join();
    server_.stop();
}

void PreviewSession::watch_loop() {
    for (;;) {
        auto changed = watcher_->next_change(options_.debounce);
        if (changed.empty()) return;  // stopped
        rebuild(changed);
    }
}

void PreviewSession::rebuild(const std::vector<std::string>& changed) {
    BuildOptions build;
    build.source_dir = options_.source_dir;
    build.jobs = options_.jobs;
    build.themes_dir = options_.themes_dir;
    build.cache_dir = options_.cache_dir;
    build.today = options_.today;
    PreviewBuild result = build_preview(build, cache_);
    std::string verb = changed.empty() ? "built" : what_changed(changed) + "rebuilt";
    report(summary_line(verb, result), result.problems);
    state_.publish(result.site, std::move(result.problems));
}

void PreviewSession::report(const std::string& summary, const std::vector<Diagnostic>& problems) {
    std::lock_guard lock(console_);
    for (const auto& d : problems) err_ << format_diagnostic(d) << "\n";
    err_.flush();
    out_ << "candour: " << summary << "\n";
    out_.flush();
}

}  // namespace candour
