#include "serve/preview_state.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace candour {

namespace {

bool same_problems(const std::vector<Diagnostic>& a, const std::vector<Diagnostic>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Diagnostic& x, const Diagnostic& y) {
        return x.pos.file == y.pos.file && x.pos.line == y.pos.line && x.pos.col == y.pos.col &&
               x.severity == y.severity && x.message == y.message && x.hint == y.hint;
    });
}

bool same_site(const std::shared_ptr<const SiteSnapshot>& a, const std::shared_ptr<const SiteSnapshot>& b) {
    if (!a || !b) return a == b;
    return a->base_path == b->base_path && a->files == b->files;
}

nlohmann::json problem_json(const Diagnostic& d) {
    return {{"file", d.pos.file},   {"line", d.pos.line},
            {"col", d.pos.col},     {"severity", d.severity == Severity::error ? "error" : "warning"},
            {"message", d.message}, {"hint", d.hint}};
}

}  // namespace

PreviewState::PreviewState() {
    auto now = std::chrono::system_clock::now().time_since_epoch();
    session_ = std::to_string(std::chrono::duration_cast<std::chrono::microseconds>(now).count());
    status_json_ = make_status_json();
}

void PreviewState::publish(std::shared_ptr<const SiteSnapshot> site, std::vector<Diagnostic> problems) {
    std::lock_guard lock(mutex_);
    bool site_changed = site && !same_site(site, site_);
    if (site_changed) {
        site_ = std::move(site);
        ++site_version_;
    }
    if (!site_changed && same_problems(problems, problems_)) return;
    problems_ = std::move(problems);
    ++version_;
    status_json_ = make_status_json();
    changed_.notify_all();
}

std::shared_ptr<const SiteSnapshot> PreviewState::site() const {
    std::lock_guard lock(mutex_);
    return site_;
}

std::uint64_t PreviewState::version() const {
    std::lock_guard lock(mutex_);
    return version_;
}

std::string PreviewState::status_json() const {
    std::lock_guard lock(mutex_);
    return status_json_;
}

StatusUpdate PreviewState::current() const {
    std::lock_guard lock(mutex_);
    return {version_, status_json_, closed_};
}

StatusUpdate PreviewState::wait_for_change(std::uint64_t since, std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, timeout, [&] { return closed_ || version_ != since; });
    return {version_, status_json_, closed_};
}

void PreviewState::close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    changed_.notify_all();
}

std::string PreviewState::make_status_json() const {
    nlohmann::json problems = nlohmann::json::array();
    int errors = 0;
    for (const auto& d : problems_) {
        problems.push_back(problem_json(d));
        if (d.severity == Severity::error) ++errors;
    }
    nlohmann::json status{{"session", session_},
                          {"version", version_},
                          {"site_version", site_version_},
                          {"has_site", site_ != nullptr},
                          {"errors", errors},
                          {"warnings", static_cast<int>(problems_.size()) - errors},
                          {"diagnostics", problems}};
    // Text from the site's files may hold anything; never let it break the JSON.
    return status.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace candour
