#include "serve/host_check.hpp"

#include <catch2/catch.hpp>

using namespace candour;

TEST_CASE("a preview on this computer answers localhost and its own address, with its port") {
    CHECK(is_allowed_host("127.0.0.1:1313", "127.0.0.1", 1313));
    CHECK(is_allowed_host("localhost:1313", "127.0.0.1", 1313));
    CHECK(is_allowed_host("LocalHost:1313", "127.0.0.1", 1313));
    CHECK(is_allowed_host("[::1]:1313", "::1", 1313));
    CHECK(is_allowed_host("[::1]:1313", "127.0.0.1", 1313));
    CHECK(is_allowed_host("localhost:1314", "localhost", 1314));
}

TEST_CASE("any other name is refused: a page elsewhere could rebind it to this computer") {
    CHECK_FALSE(is_allowed_host("evil.example:1313", "127.0.0.1", 1313));
    CHECK_FALSE(is_allowed_host("localhost.evil.example:1313", "127.0.0.1", 1313));
    CHECK_FALSE(is_allowed_host("127.0.0.1.nip.io:1313", "127.0.0.1", 1313));
    CHECK_FALSE(is_allowed_host("192.168.1.5:1313", "127.0.0.1", 1313));  // not where this preview listens
    CHECK_FALSE(is_allowed_host("127.0.0.1:8080", "127.0.0.1", 1313));    // another port
    CHECK_FALSE(is_allowed_host("127.0.0.1", "127.0.0.1", 1313));         // no port
    CHECK_FALSE(is_allowed_host("", "127.0.0.1", 1313));
    CHECK_FALSE(is_allowed_host("127.0.0.1:1313:1313", "127.0.0.1", 1313));
    CHECK_FALSE(is_allowed_host("[::1:1313", "::1", 1313));
    CHECK_FALSE(is_allowed_host("127.0.0.1:99999999999", "127.0.0.1", 1313));
}

TEST_CASE("a preview listening on every address answers any IP address, but no name other than localhost") {
    CHECK(is_allowed_host("192.168.1.5:1313", "0.0.0.0", 1313));
    CHECK(is_allowed_host("[fe80::1]:1313", "::", 1313));
    CHECK(is_allowed_host("localhost:1313", "0.0.0.0", 1313));
    CHECK_FALSE(is_allowed_host("my-laptop.local:1313", "0.0.0.0", 1313));
    CHECK_FALSE(is_allowed_host("evil.example:1313", "::", 1313));
}

TEST_CASE("the refusal says which addresses work") {
    CHECK(host_refusal_text("127.0.0.1", 1313) ==
          "The preview only answers requests addressed to localhost:1313 or 127.0.0.1:1313. Open one of those "
          "addresses.\n");
    CHECK(host_refusal_text("::1", 1313) ==
          "The preview only answers requests addressed to localhost:1313 or [::1]:1313. Open one of those "
          "addresses.\n");
}
