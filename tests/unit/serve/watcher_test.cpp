#include "serve/watcher.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <future>

#include "support/site_fixture.hpp"

using namespace candour;
using namespace candour::testing;
using namespace std::chrono_literals;

namespace {

const std::vector<std::string> site_names = {"site.yaml", "content", "data", "templates"};

// The next change the watcher reports, waiting at most five seconds.
std::vector<std::string> next_change(Watcher& watcher) {
    auto change = std::async(std::launch::async, [&] { return watcher.next_change(20ms); });
    if (change.wait_for(5s) != std::future_status::ready) {
        watcher.stop();
        return {"(timed out)"};
    }
    return change.get();
}

}  // namespace

TEST_CASE("saving a page deep in content/ is one change, after the burst of events ends") {
    TempDir dir;
    write_files(dir.path(), minimal_site());
    Watcher watcher(dir.path(), site_names);
    auto change = std::async(std::launch::async, [&] { return watcher.next_change(20ms); });
    // An editor's save: several writes in quick succession.
    for (int i = 0; i < 5; ++i)
        write_files(dir.path(), {{"content/reports/q1.md", "---\ntitle: Q1 v" + std::to_string(i) + "\n---\n"}});
    REQUIRE(change.wait_for(5s) == std::future_status::ready);
    CHECK(change.get() == std::vector<std::string>{"content/reports/q1.md"});
}

TEST_CASE("a folder created after the watch started is watched too") {
    TempDir dir;
    write_files(dir.path(), minimal_site());
    Watcher watcher(dir.path(), site_names);
    std::filesystem::create_directories(dir / "content/about/panel");
    auto created = next_change(watcher);  // "content/about/panel" too, if it came after the watch on about/
    REQUIRE_FALSE(created.empty());
    CHECK(created.front() == "content/about");
    write_files(dir.path(), {{"content/about/panel/members.md", "---\ntitle: Members\n---\n"}});
    CHECK(next_change(watcher) == std::vector<std::string>{"content/about/panel/members.md"});
}

TEST_CASE("data/ is watched from the moment it appears, and site.yaml when an editor replaces it") {
    TempDir dir;
    write_files(dir.path(), minimal_site());
    Watcher watcher(dir.path(), site_names);
    std::filesystem::create_directories(dir / "data");
    CHECK(next_change(watcher) == std::vector<std::string>{"data"});
    write_files(dir.path(), {{"data/kpis.csv", "indicator,period,value\n"}});
    CHECK(next_change(watcher) == std::vector<std::string>{"data/kpis.csv"});
    // Atomic save: write a new file, then rename it over the old one.
    write_files(dir.path(), {{"site.yaml.new", "title: Renamed\n"}});
    std::filesystem::rename(dir / "site.yaml.new", dir / "site.yaml");
    CHECK(next_change(watcher) == std::vector<std::string>{"site.yaml"});
}

TEST_CASE("the built site, other files in the site folder and editors' scratch files are not changes") {
    TempDir dir;
    write_files(dir.path(), minimal_site());
    Watcher watcher(dir.path(), site_names);
    write_files(dir.path(), {{"site/index.html", "<p>built</p>"},
                             {"notes.txt", "to do"},
                             {"content/reports/.q1.md.swp", "vim"},
                             {"content/reports/q1.md~", "backup"},
                             {"content/reports/4913", ""}});
    write_files(dir.path(), {{"content/reports/q2.md", "---\ntitle: Q2\n---\n"}});
    CHECK(next_change(watcher) == std::vector<std::string>{"content/reports/q2.md"});
}

TEST_CASE("stopping the watcher ends a wait at once") {
    TempDir dir;
    write_files(dir.path(), minimal_site());
    Watcher watcher(dir.path(), site_names);
    auto change = std::async(std::launch::async, [&] { return watcher.next_change(20ms); });
    CHECK(change.wait_for(30ms) == std::future_status::timeout);
    watcher.stop();
    REQUIRE(change.wait_for(5s) == std::future_status::ready);
    CHECK(change.get().empty());
}

TEST_CASE("editors' scratch files are recognised by name") {
    CHECK(is_editor_scratch_file(".q1.md.swp"));
    CHECK(is_editor_scratch_file("q1.md~"));
    CHECK(is_editor_scratch_file(".#q1.md"));
    CHECK(is_editor_scratch_file("4913"));
    CHECK_FALSE(is_editor_scratch_file("q1.md"));
    CHECK_FALSE(is_editor_scratch_file("2024-25-q2.md"));
}

TEST_CASE("a folder renamed inside content/ is watched under its new name") {
    TempDir dir;
    Files site = minimal_site();
    site["content/about/methodology.md"] = "---\ntitle: Methodology\n---\n";
    write_files(dir.path(), site);
    Watcher watcher(dir.path(), site_names);
    std::filesystem::rename(dir / "content/about", dir / "content/about-us");
    CHECK(next_change(watcher) == std::vector<std::string>{"content/about", "content/about-us"});
    write_files(dir.path(), {{"content/about-us/methodology.md", "---\ntitle: Our methods\n---\n"}});
    CHECK(next_change(watcher) == std::vector<std::string>{"content/about-us/methodology.md"});
}
