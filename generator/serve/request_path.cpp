#include "serve/request_path.hpp"

namespace candour {

namespace {

bool is_dot_segment(const std::string& path, std::size_t start, std::size_t end) {
    std::size_t n = end - start;
    return (n == 1 && path[start] == '.') || (n == 2 && path[start] == '.' && path[start + 1] == '.');
}

}  // namespace

bool is_safe_request_path(const std::string& decoded_path) {
    if (decoded_path.empty() || decoded_path[0] != '/') return false;
    for (char c : decoded_path) {
        auto u = static_cast<unsigned char>(c);
        // Backslashes are separators on Windows, and some tools treat them so.
        if (u < 0x20 || u == 0x7f || c == '\\') return false;
    }
    std::size_t start = 1;
    while (start <= decoded_path.size()) {
        std::size_t end = decoded_path.find('/', start);
        if (end == std::string::npos) end = decoded_path.size();
        if (is_dot_segment(decoded_path, start, end)) return false;
        start = end + 1;
    }
    return true;
}

}  // namespace candour
