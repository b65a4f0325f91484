#pragma once
// Which bytes answer a request: the preview's own files under /__candour/,
// or a page of the last good build. Pure, so it is tested without a socket;
// preview_server.cpp only carries the answer over HTTP.
#include <string>

#include "serve/preview_state.hpp"

namespace candour {

struct PreviewResponse {
    int status = 200;
    std::string content_type;
    std::string body;
    std::string location;  // for redirects
};

// The answer to GET `path` (already %-decoded). The event stream at
// events_path is the server's, as it stays open.
PreviewResponse respond(const PreviewState& state, const std::string& path);

}  // namespace candour
