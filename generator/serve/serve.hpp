#pragma once
// `candour serve`: builds the site into memory, serves it on this computer,
// rebuilds when a source file changes and reloads the open pages. Drafts and
// scheduled pages are shown with a banner; build problems appear over the
// page. Nothing is written to disk.
#include <chrono>
#include <optional>
#include <ostream>
#include <string>

#include "io/data_dir.hpp"
#include "kpi/date.hpp"

namespace candour {

struct ServeOptions {
    std::string source_dir = ".";
    std::string bind = "127.0.0.1";  // this computer only, unless asked otherwise
    int port = 1313;                 // 0: any free port
    int jobs = 0;
    std::string themes_dir = data_path("themes");
    std::string cache_dir;                   // empty: default_cache_dir(source_dir)
    std::optional<Date> today;               // for tests; empty: today's date
    std::chrono::milliseconds debounce{30};  // quiet time that ends a burst of file events
};

// An address `--bind` accepts: an IPv4 or IPv6 address, or "localhost".
bool is_bind_address(const std::string& address);

// Serves until SIGINT or SIGTERM. Returns 0 after a clean stop, 2 if the
// address cannot be used or the files cannot be watched.
int serve(const ServeOptions& options, std::ostream& out, std::ostream& err);

}  // namespace candour
