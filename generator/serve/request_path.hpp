#pragma once
// Checks the path of a request before anything is looked up. The preview
// serves only from memory, so nothing outside the built site can be reached
// anyway; refusing odd paths outright keeps it that way if that ever changes
// and gives the browser a clear 400.
#include <string>

namespace candour {

// True for a path (already %-decoded) that starts with '/', holds no control
// character (NUL included) or backslash, and has no "." or ".." segment.
bool is_safe_request_path(const std::string& decoded_path);

}  // namespace candour
