#pragma once
// The Content-Type of a file the preview serves, from its extension.
#include <string>
#include <string_view>

namespace candour {

// "text/html; charset=utf-8" for "reports/index.html";
// "application/octet-stream" for anything unknown.
std::string content_type_of(std::string_view path);

}  // namespace candour
