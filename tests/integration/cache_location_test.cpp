// Where candour keeps drawn charts between runs: in the user's cache
// ($XDG_CACHE_HOME, which the test main points at a folder of its own) or
// in --cache-dir, never in the site's folder. `check` and `serve` write
// nothing at all into the site's folder; `build` only its disclosure report.
#include <httplib.h>
#include <signal.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <regex>

#include "support/chart_site.hpp"
#include "support/child_process.hpp"
#include "support/site_fixture.hpp"

using namespace candour::testing;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

std::string cache_home() {
    const char* home = std::getenv("XDG_CACHE_HOME");
    REQUIRE(home != nullptr);
    return home;
}

// The folders candour made in the user's cache for sites in folders called
// `site_folder` (each test names its site differently, as tests run
// together share the cache).
std::vector<std::string> user_caches(const std::string& site_folder) {
    std::vector<std::string> names;
    fs::path root = fs::path(cache_home()) / "candour";
    if (!fs::exists(root)) return names;
    for (const auto& entry : fs::directory_iterator(root)) {
        std::string name = entry.path().filename().string();
        if (name.rfind(site_folder + "-", 0) == 0) names.push_back(name);
    }
    return names;
}

// Drawn charts in `dir`: SVG files, however they are named.
std::size_t svgs_in(const std::string& dir) {
    std::size_t count = 0;
    for (const auto& [path, bytes] : read_tree(dir)) count += bytes.rfind("<svg", 0) == 0;
    return count;
}

// "candour: serving http://127.0.0.1:PORT/rasso/ (press Ctrl+C to stop)" -> PORT
int port_in(const std::string& line) {
    auto start = line.find("127.0.0.1:");
    return start == std::string::npos ? -1 : std::stoi(line.substr(start + 10));
}

}  // namespace

TEST_CASE("build keeps drawn charts in the user's cache, in a folder named after the site's folder") {
    TempDir dir;
    write_files(dir / "northmoor", chart_site());
    auto r = run_candour({"build", "--source", dir / "northmoor", "--output", dir / "out"});
    REQUIRE(r.exit_code == 0);
    auto caches = user_caches("northmoor");
    REQUIRE(caches.size() == 1);
    CHECK(std::regex_match(caches[0], std::regex("northmoor-[0-9a-f]{12}")));
    CHECK(svgs_in(cache_home() + "/candour/" + caches[0] + "/charts") > 0);
    CHECK_FALSE(fs::exists(dir / "northmoor/.candour-cache"));
}

TEST_CASE("two sites in folders of the same name keep separate caches") {
    TempDir dir;
    write_files(dir / "a/westvale", chart_site());
    write_files(dir / "b/westvale", chart_site());
    REQUIRE(run_candour({"check", "--source", dir / "a/westvale"}).exit_code == 0);
    REQUIRE(run_candour({"check", "--source", dir / "b/westvale"}).exit_code == 0);
    CHECK(user_caches("westvale").size() == 2);
}

TEST_CASE("a folder given with --cache-dir holds the drawn charts, and the user's cache none") {
    TempDir dir;
    write_files(dir / "eastmoor", chart_site());
    for (const char* command : {"build", "check"}) {
        INFO(command);
        std::vector<std::string> args{command, "--source", dir / "eastmoor", "--cache-dir", dir / "cache"};
        if (std::string(command) == "build") args.insert(args.end(), {"--output", dir / "out"});
        REQUIRE(run_candour(args).exit_code == 0);
    }
    CHECK(svgs_in(dir / "cache/charts") > 0);
    CHECK(user_caches("eastmoor").empty());
}

TEST_CASE("check writes nothing into the site's folder, not even a cache") {
    TempDir dir;
    write_files(dir / "checked", chart_site());
    Files before = snapshot_tree(dir / "checked");
    auto r = run_candour({"check", "--source", dir / "checked"});
    REQUIRE(r.exit_code == 0);
    CHECK(snapshot_tree(dir / "checked") == before);
    CHECK(user_caches("checked").size() == 1);  // the charts were drawn, and kept there
}

TEST_CASE("serve writes nothing into the site's folder while it builds and answers pages") {
    TempDir dir;
    write_files(dir / "served", chart_site());
    Files before = snapshot_tree(dir / "served");
    {
        ChildProcess candour({CANDOUR_BINARY, "serve", "--source", dir / "served", "--port", "0"});
        int port = port_in(candour.wait_for_line("candour: serving http://127.0.0.1:", 30s));
        REQUIRE(port > 0);
        httplib::Client client("127.0.0.1", port);
        client.set_read_timeout(5);
        for (const char* page : {"/rasso/", "/rasso/reports/q1/"}) {
            auto response = client.Get(page);
            REQUIRE(response);
            CHECK(response->status == 200);
        }
        candour.send_signal(SIGINT);
        REQUIRE(candour.wait_for_exit(5s) == 0);
    }
    CHECK(snapshot_tree(dir / "served") == before);
    CHECK(user_caches("served").size() == 1);
}
