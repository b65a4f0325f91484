#pragma once
// Which Host headers the preview answers. A web page on another site can
// point its own name at 127.0.0.1 (DNS rebinding) and then read the preview,
// drafts included, as if it were its own. Its requests still carry its name
// in Host, so only names that cannot be rebound are accepted: "localhost" and
// the address the preview is bound to, or, when it listens on every address,
// any IP address; each with the preview's port.
#include <string>

namespace candour {

bool is_allowed_host(const std::string& host_header, const std::string& bound_address, int port);

// The text of the 403 answer, naming the addresses that do work.
std::string host_refusal_text(const std::string& bound_address, int port);

}  // namespace candour
