// `candour serve` as the program itself, in a child process: it prints its
// address when ready and stops cleanly on Ctrl+C (SIGINT) or SIGTERM.
#include <httplib.h>
#include <signal.h>

#include <catch2/catch.hpp>

#include "support/child_process.hpp"
#include "support/site_fixture.hpp"

using namespace candour::testing;
using namespace std::chrono_literals;

namespace {

// "candour: serving http://127.0.0.1:PORT/rasso/ (press Ctrl+C to stop)" -> PORT
int port_in(const std::string& line) {
    auto start = line.find("127.0.0.1:");
    if (start == std::string::npos) return -1;
    return std::stoi(line.substr(start + 10));
}

void check_stops_cleanly_on(int signal) {
    TempDir dir;
    write_files(dir.path(), minimal_site());
    ChildProcess candour({CANDOUR_BINARY, "serve", "--source", dir.path(), "--port", "0"});
    std::string ready = candour.wait_for_line("candour: serving http://127.0.0.1:", 5s);
    REQUIRE_FALSE(ready.empty());
    CHECK(ready.find("/rasso/ (press Ctrl+C to stop)") != std::string::npos);
    int port = port_in(ready);
    REQUIRE(port > 0);

    httplib::Client client("127.0.0.1", port);
    client.set_read_timeout(5);
    auto page = client.Get("/rasso/reports/q1/");
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(page->body.find("<h1>Q1 report</h1>") != std::string::npos);

    candour.send_signal(signal);
    CHECK(candour.wait_for_exit(5s) == 0);
    CHECK(candour.output().find("candour: stopped\n") != std::string::npos);
    CHECK_FALSE(client.Get("/rasso/"));  // nothing listens any more
}

}  // namespace

TEST_CASE("candour serve stops cleanly on Ctrl+C") {
    check_stops_cleanly_on(SIGINT);
}

TEST_CASE("candour serve stops cleanly when told to terminate") {
    check_stops_cleanly_on(SIGTERM);
}

TEST_CASE("candour serve first says how many pages it built") {
    TempDir dir;
    write_files(dir.path(), minimal_site());
    ChildProcess candour({CANDOUR_BINARY, "serve", "--source", dir.path(), "--port", "0"});
    std::string built = candour.wait_for_line("candour: built in ", 5s);
    CHECK(built.find(" ms: 6 pages, 0 errors, 0 warnings") != std::string::npos);
    candour.send_signal(SIGINT);
    CHECK(candour.wait_for_exit(5s) == 0);
}

TEST_CASE("a port another preview is using is reported, with a port to try instead") {
    TempDir dir;
    write_files(dir.path(), minimal_site());
    ChildProcess first({CANDOUR_BINARY, "serve", "--source", dir.path(), "--port", "0"});
    int port = port_in(first.wait_for_line("candour: serving http://127.0.0.1:", 5s));
    REQUIRE(port > 0);
    ChildProcess second({CANDOUR_BINARY, "serve", "--source", dir.path(), "--port", std::to_string(port)});
    CHECK(second.wait_for_exit(5s) == 2);
    CHECK(second.output().find("candour: serving") == std::string::npos);
    CHECK(second.output().find("candour: cannot serve on 127.0.0.1 port " + std::to_string(port) +
                               ": is another program using it? Try --port " + std::to_string(port + 1)) !=
          std::string::npos);
    first.send_signal(SIGINT);
    CHECK(first.wait_for_exit(5s) == 0);
}
