#pragma once
// A `candour serve` preview of a site written into a fresh folder, in this
// process, on a free port of 127.0.0.1, for tests that drive it over HTTP
// while they edit the site's files.
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <utility>

#include "serve/preview_session.hpp"
#include "support/site_fixture.hpp"

namespace candour::testing {

class Preview {
public:
    explicit Preview(const Files& files);
    ~Preview();
    Preview(const Preview&) = delete;
    Preview& operator=(const Preview&) = delete;

    bool started() const { return started_; }
    void write(const Files& files) { write_files(dir_.path(), files); }
    std::string path(const std::string& rel) const { return dir_ / rel; }

    // The status code and body of GET `path`, or {-1, ""} if nothing answered.
    std::pair<int, std::string> get(const std::string& path);
    std::string page(const std::string& path) { return get(path).second; }
    nlohmann::json status() { return nlohmann::json::parse(page("/__candour/status")); }
    int port() const { return session_->port(); }
    void stop() { session_->stop(); }
    // What the preview printed, once it has stopped.
    std::string output();

private:
    TempDir dir_;
    std::ostringstream out_, err_;
    std::unique_ptr<PreviewSession> session_;
    bool started_ = false;
};

}  // namespace candour::testing
