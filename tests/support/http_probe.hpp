#pragma once
// Talking to the preview server from tests, on 127.0.0.1 only, always with
// a time limit so that a broken server fails a test instead of hanging it.
#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace candour::testing {

// Sends `request` exactly as given (so tests can send what no well-behaved
// client would) and returns everything the server answered before closing.
std::string raw_http(int port, const std::string& request);

// The status code of a raw HTTP response ("HTTP/1.1 404 Not Found" -> 404), or -1.
int status_of(const std::string& response);

// The body of a raw HTTP response.
std::string body_of(const std::string& response);

// A connection holding the preview's event stream open, as an open page's
// EventSource does; closed when it goes out of scope. No thread: reads
// happen in read_until().
class RawEventStream {
public:
    RawEventStream(int port, const std::string& host);
    ~RawEventStream();
    RawEventStream(const RawEventStream&) = delete;
    RawEventStream& operator=(const RawEventStream&) = delete;

    // Reads until `part` has arrived, the server closes the connection or
    // `limit` passes; returns whether `part` arrived.
    bool read_until(const std::string& part, std::chrono::milliseconds limit = std::chrono::seconds(5));
    const std::string& received() const { return received_; }
    bool closed() const { return closed_; }

private:
    int fd_ = -1;
    std::string received_;
    bool closed_ = false;
};

// Calls `done` until it returns true or `limit` passes; returns its last answer.
bool eventually(const std::function<bool()>& done, std::chrono::milliseconds limit = std::chrono::seconds(5));

}  // namespace candour::testing
