#include "support/preview.hpp"

#include <httplib.h>

namespace candour::testing {

Preview::Preview(const Files& files) {
    write_files(dir_.path(), files);
    ServeOptions options;
    options.source_dir = dir_.path();
    options.port = 0;
    options.jobs = 1;
    options.today = Date{2024, 11, 14};
    options.debounce = std::chrono::milliseconds(20);
    session_ = std::make_unique<PreviewSession>(options, out_, err_);
    started_ = session_->start();
}

Preview::~Preview() {
    session_->stop();
}

std::pair<int, std::string> Preview::get(const std::string& path) {
    httplib::Client client("127.0.0.1", session_->port());
    client.set_connection_timeout(5);
    client.set_read_timeout(5);
    auto res = client.Get(path.c_str());
    if (!res) return {-1, ""};
    return {res->status, res->body};
}

std::string Preview::output() {
    stop();
    return out_.str();
}

}  // namespace candour::testing
