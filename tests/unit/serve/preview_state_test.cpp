#include "serve/preview_state.hpp"

#include <catch2/catch.hpp>
#include <future>
#include <nlohmann/json.hpp>

using namespace candour;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

std::shared_ptr<const SiteSnapshot> site_with(const std::string& home) {
    auto site = std::make_shared<SiteSnapshot>();
    site->files["index.html"] = home;
    return site;
}

Diagnostic yaml_error() {
    return {
        {"content/reports/q1.md", 2, 15}, Severity::error, "YAML syntax: illegal map value", "put quotes around it"};
}

}  // namespace

TEST_CASE("a failed build keeps the last good site and lists its problems") {
    PreviewState state;
    state.publish(site_with("<p>one</p>"), {});
    state.publish(nullptr, {yaml_error()});
    REQUIRE(state.site());
    CHECK(state.site()->files.at("index.html") == "<p>one</p>");
    json status = json::parse(state.status_json());
    CHECK(status["errors"] == 1);
    CHECK(status["has_site"] == true);
    CHECK(status["diagnostics"][0] == json{{"file", "content/reports/q1.md"},
                                           {"line", 2},
                                           {"col", 15},
                                           {"severity", "error"},
                                           {"message", "YAML syntax: illegal map value"},
                                           {"hint", "put quotes around it"}});
}

TEST_CASE("open pages reload only when the site's bytes change") {
    PreviewState state;
    state.publish(site_with("<p>one</p>"), {});
    json first = json::parse(state.status_json());
    state.publish(site_with("<p>one</p>"), {});  // saved without a change
    CHECK(json::parse(state.status_json()) == first);
    state.publish(nullptr, {yaml_error()});
    state.publish(site_with("<p>one</p>"), {});  // the mistake undone: nothing to reload, the problem clears
    json fixed = json::parse(state.status_json());
    CHECK(fixed["site_version"] == first["site_version"]);
    CHECK(fixed["version"] > first["version"]);
    CHECK(fixed["diagnostics"].empty());
    state.publish(site_with("<p>two</p>"), {});
    CHECK(json::parse(state.status_json())["site_version"] > first["site_version"]);
}

TEST_CASE("an open page is told as soon as a build finishes, or hears nothing new until its time limit") {
    PreviewState state;
    state.publish(site_with("<p>one</p>"), {});
    std::uint64_t now = state.current().version;
    auto waiting = std::async(std::launch::async, [&] { return state.wait_for_change(now, 5s); });
    CHECK(waiting.wait_for(50ms) == std::future_status::timeout);
    state.publish(site_with("<p>two</p>"), {});
    REQUIRE(waiting.wait_for(5s) == std::future_status::ready);
    StatusUpdate update = waiting.get();
    CHECK(update.version == now + 1);
    CHECK(json::parse(update.json)["version"] == now + 1);

    auto started = std::chrono::steady_clock::now();
    CHECK(state.wait_for_change(update.version, 30ms).version == update.version);
    CHECK(std::chrono::steady_clock::now() - started >= 30ms);
}

TEST_CASE("closing the state releases every waiting page at once") {
    PreviewState state;
    auto waiting = std::async(std::launch::async, [&] { return state.wait_for_change(0, 10s); });
    state.close();
    REQUIRE(waiting.wait_for(5s) == std::future_status::ready);
    CHECK(waiting.get().closed);
    auto started = std::chrono::steady_clock::now();
    CHECK(state.wait_for_change(0, 10s).closed);  // and any that come later
    CHECK(std::chrono::steady_clock::now() - started < 5s);
}
