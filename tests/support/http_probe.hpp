#pragma once
// Talking to the preview server from tests, on 127.0.0.1 only, always with
// a time limit so that a broken server fails a test instead of hanging it.
#include <chrono>
#include <functional>
#include <string>

namespace candour::testing {

// Sends `request` exactly as given (so tests can send what no well-behaved
// client would) and returns everything the server answered before closing.
std::string raw_http(int port, const std::string& request);

// The status code of a raw HTTP response ("HTTP/1.1 404 Not Found" -> 404), or -1.
int status_of(const std::string& response);

// The body of a raw HTTP response.
std::string body_of(const std::string& response);

// Calls `done` until it returns true or `limit` passes; returns its last answer.
bool eventually(const std::function<bool()>& done, std::chrono::milliseconds limit = std::chrono::seconds(5));

}  // namespace candour::testing
