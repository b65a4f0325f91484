#include "serve/request_path.hpp"

#include <catch2/catch.hpp>

using namespace candour;

TEST_CASE("ordinary page, folder and asset paths are accepted") {
    CHECK(is_safe_request_path("/"));
    CHECK(is_safe_request_path("/rasso/reports/2024-25-q2/"));
    CHECK(is_safe_request_path("/rasso/assets/css/main.css"));
    CHECK(is_safe_request_path("/rasso/about/glossary"));
    CHECK(is_safe_request_path("/rasso/a..b/.hidden/x...y"));  // dots inside a name are just characters
}

TEST_CASE("paths that climb, hide a separator or a control character are refused") {
    CHECK_FALSE(is_safe_request_path(""));
    CHECK_FALSE(is_safe_request_path("rasso/"));  // not starting at the root
    CHECK_FALSE(is_safe_request_path("/../etc/passwd"));
    CHECK_FALSE(is_safe_request_path("/rasso/../../etc/passwd"));
    CHECK_FALSE(is_safe_request_path("/rasso/reports/.."));
    CHECK_FALSE(is_safe_request_path("/rasso/./index.html"));
    CHECK_FALSE(is_safe_request_path("/rasso/..\\..\\etc\\passwd"));
    CHECK_FALSE(is_safe_request_path("/rasso/\\etc"));
    CHECK_FALSE(is_safe_request_path(std::string("/rasso/index.html\0.txt", 23)));
    CHECK_FALSE(is_safe_request_path("/rasso/\r\nSet-Cookie: x"));
    CHECK_FALSE(is_safe_request_path("/rasso/\x7f"));
}
