// `candour serve` end to end, in this process: a preview on a free port of
// 127.0.0.1, driven over HTTP while the test edits the site's files.
#include "serve/serve.hpp"

#include <httplib.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <future>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/http_probe.hpp"
#include "support/preview.hpp"
#include "support/site_fixture.hpp"

using namespace candour;
using namespace candour::testing;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

const std::string script_tag = "<script src=\"/__candour/reload.js\" defer></script>";

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

const std::string q1_path = "content/reports/q1.md";
const std::string q1_url = "/rasso/reports/q1/";

}  // namespace

TEST_CASE("saving a page shows the change in the browser") {
    Preview preview(minimal_site());
    REQUIRE(preview.started());
    REQUIRE(contains(preview.page(q1_url), "Back to"));
    preview.write(
        {{q1_path, "---\ntitle: Q1 report\ndate: 2024-08-15\n---\n## Summary\n\nCharges rose by a fifth.\n"}});
    CHECK(eventually([&] { return contains(preview.page(q1_url), "Charges rose by a fifth."); }));
    CHECK(contains(preview.output(), "candour: content/reports/q1.md changed; rebuilt in "));
    CHECK_FALSE(std::filesystem::exists(preview.path("site")));  // all in memory: nothing published
}

TEST_CASE("a YAML mistake is shown with its file, line and column while the last good page stays up") {
    Preview preview(minimal_site());
    REQUIRE(preview.started());
    std::string good = preview.page(q1_url);
    REQUIRE(contains(good, "<h1>Q1 report</h1>"));

    preview.write({{q1_path, "---\ntitle: Q1 report: April to June\n---\nNew text.\n"}});
    REQUIRE(eventually([&] { return preview.status()["errors"] == 1; }));
    json problem = preview.status()["diagnostics"][0];
    CHECK(problem["file"] == q1_path);
    CHECK(problem["line"] == 2);
    CHECK(problem["col"] == 17);
    CHECK(problem["severity"] == "error");
    CHECK(problem["message"] == "YAML syntax: illegal map value");
    CHECK(contains(problem["hint"].get<std::string>(), "put quotes around values that contain a colon"));
    CHECK(preview.get(q1_url) == std::make_pair(200, good));  // still the last good build

    preview.write({{q1_path, "---\ntitle: \"Q1 report: April to June\"\n---\nNew text.\n"}});
    REQUIRE(eventually([&] { return preview.status()["errors"] == 0; }));
    CHECK(preview.status()["diagnostics"].empty());
    CHECK(contains(preview.page(q1_url), "<h1>Q1 report: April to June</h1>"));
    std::string out = preview.output();
    CHECK(contains(out, "rebuilt in "));
    CHECK(contains(out, ": 1 error, 0 warnings; still showing the last good build\n"));
}

namespace {

// Reads /__candour/events as a browser's EventSource would, on a thread.
class EventStream {
public:
    explicit EventStream(int port) {
        reader_ = std::async(std::launch::async, [this, port] {
            httplib::Client client("127.0.0.1", port);
            client.set_read_timeout(5);
            client.Get("/__candour/events", [this](const char* data, std::size_t size) {
                std::lock_guard lock(mutex_);
                text_.append(data, size);
                return !done_;
            });
        });
    }
    ~EventStream() {
        {
            std::lock_guard lock(mutex_);
            done_ = true;
        }
        reader_.wait_for(5s);
    }
    // The JSON of each "data:" event received so far.
    std::vector<json> events() {
        std::lock_guard lock(mutex_);
        std::vector<json> out;
        for (std::size_t at = 0; (at = text_.find("data: ", at)) != std::string::npos;) {
            auto end = text_.find("\n\n", at);
            if (end == std::string::npos) break;
            out.push_back(json::parse(text_.substr(at + 6, end - at - 6)));
            at = end;
        }
        return out;
    }
    bool finished() { return reader_.wait_for(0s) == std::future_status::ready; }

private:
    std::mutex mutex_;
    std::string text_;
    bool done_ = false;
    std::future<void> reader_;
};

}  // namespace

TEST_CASE("an open page is sent the status at once, then again when a rebuild finishes") {
    Preview preview(minimal_site());
    REQUIRE(preview.started());
    EventStream stream(preview.port());
    REQUIRE(eventually([&] { return stream.events().size() == 1; }));
    json before = stream.events()[0];
    CHECK(before == preview.status());
    preview.write({{q1_path, "---\ntitle: Q1 report, revised\n---\nText.\n"}});
    REQUIRE(eventually([&] { return stream.events().size() == 2; }));
    json after = stream.events()[1];
    CHECK(after["version"] == before["version"].get<int>() + 1);
    CHECK(after["site_version"] > before["site_version"]);  // the page's script reloads it
    preview.stop();                                         // ends the stream now, not at its next heartbeat
}

TEST_CASE("stopping the preview ends open event streams") {
    Preview preview(minimal_site());
    REQUIRE(preview.started());
    EventStream stream(preview.port());
    REQUIRE(eventually([&] { return stream.events().size() == 1; }));
    preview.stop();
    CHECK(eventually([&] { return stream.finished(); }, 2s));
}

TEST_CASE("served pages carry the reload script; candour build never writes it") {
    Preview preview(minimal_site());
    REQUIRE(preview.started());
    std::string served = preview.page(q1_url);
    CHECK(contains(served, script_tag + "\n</body>"));
    CHECK(contains(preview.page("/__candour/reload.js"), "location.reload()"));

    TempDir dir;
    write_files(dir / "src", minimal_site());
    REQUIRE(run_candour({"build", "--source", dir / "src", "--output", dir / "out"}).exit_code == 0);
    Files built = read_tree(dir / "out");
    REQUIRE_FALSE(built.empty());
    for (const auto& [path, bytes] : built) {
        INFO(path);
        CHECK_FALSE(contains(bytes, "__candour"));
        CHECK_FALSE(contains(bytes, "reload.js"));
    }
    // Apart from the script, the preview serves exactly what build publishes.
    std::string without_script = served;
    without_script.erase(without_script.find(script_tag), script_tag.size() + 1);
    CHECK(without_script == built["reports/q1/index.html"]);
}

TEST_CASE("the preview shows drafts and scheduled pages with their banners") {
    Files site = minimal_site();
    site["content/reports/q2.md"] = "---\ntitle: Q2 report\ndate: 2024-11-15\n---\nQ2.\n";
    site["content/reports/q3.md"] = "---\ntitle: Q3 report\ndraft: true\n---\nQ3.\n";
    Preview preview(site);
    REQUIRE(preview.started());
    auto [draft_status, draft] = preview.get("/rasso/reports/q3/");
    CHECK(draft_status == 200);
    CHECK(contains(draft, "<strong>Draft: not published.</strong>"));
    CHECK(contains(preview.page("/rasso/reports/q2/"), "<strong>Scheduled: not yet published.</strong>"));
    CHECK_FALSE(contains(preview.page(q1_url), "preview-banner\">"));
}

TEST_CASE("an unknown address gets the site's 404 page with status 404") {
    Preview preview(minimal_site());
    REQUIRE(preview.started());
    auto [status, body] = preview.get("/rasso/reports/no-such-report/");
    CHECK(status == 404);
    CHECK(contains(body, "<h1>Page not found</h1>"));
    CHECK(contains(body, script_tag));
}

TEST_CASE("requests that climb out of the site or are malformed are refused over the wire") {
    Preview preview(minimal_site());
    REQUIRE(preview.started());
    const std::string host = "Host: 127.0.0.1:" + std::to_string(preview.port()) + "\r\n";
    auto get = [&](const std::string& target) {
        return raw_http(preview.port(), "GET " + target + " HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n");
    };
    for (const char* target : {"/rasso/../../../../etc/passwd", "/rasso/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                               "/rasso/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "/rasso/..%5c..%5cetc%5cpasswd",
                               "/rasso/index.html%00.css", "/rasso/%0d%0aSet-Cookie:x"}) {
        INFO(target);
        std::string response = get(target);
        CHECK(status_of(response) == 400);
        CHECK_FALSE(contains(response, "root:"));
    }
    CHECK(status_of(get("/rasso/%252e%252e/etc/passwd")) == 404);  // "%2e%2e" is just a name that does not exist
    CHECK(status_of(raw_http(preview.port(), "GARBAGE\r\n\r\n")) == 400);
    CHECK(status_of(raw_http(preview.port(), "GET /rasso/ HTTP/9.9\r\n\r\n")) == 400);
    std::string post = raw_http(preview.port(),
                                "POST /rasso/ HTTP/1.1\r\n" + host + "Content-Length: 1\r\nConnection: close\r\n\r\nx");
    CHECK(status_of(post) == 405);
    // And the preview still answers afterwards.
    CHECK(preview.get(q1_url).first == 200);
}

TEST_CASE("a preview started on a broken site shows the problems until it is fixed") {
    Files site = minimal_site();
    site["content/reports/q1.md"] = "---\ntitle: [Q1\n---\nText.\n";
    Preview preview(site);
    REQUIRE(preview.started());
    auto [status, body] = preview.get(q1_url);
    CHECK(status == 503);
    CHECK(contains(body, "The preview is not ready yet"));
    CHECK(preview.status()["has_site"] == false);
    preview.write({{q1_path, "---\ntitle: Q1\n---\nText.\n"}});
    CHECK(eventually([&] { return preview.get(q1_url).first == 200; }));
}

TEST_CASE("serve refuses a port that cannot exist, or an address that is not one") {
    CHECK(run_candour({"serve", "--port", "70000"}).exit_code == 2);
    CHECK(run_candour({"serve", "--port", "http"}).exit_code == 2);
    auto r = run_candour({"serve", "--bind", "my laptop"});
    CHECK(r.exit_code == 2);
    CHECK(contains(r.err, "'my laptop' is not an IP address"));
    CHECK(is_bind_address("127.0.0.1"));
    CHECK(is_bind_address("0.0.0.0"));
    CHECK(is_bind_address("::1"));
    CHECK(is_bind_address("localhost"));
    CHECK_FALSE(is_bind_address("127.0.0.1:8080"));
}
