// Pages written into the staging folder as they are rendered: published
// with the rest of the site, and never live before publish.
#include "write/site_writer.hpp"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "support/site_fixture.hpp"

using namespace candour;
using namespace candour::testing;
namespace fs = std::filesystem;

namespace {

OutputFile streamed(const std::string& path) {
    return {path, "", true};
}

// Nothing but the output and the cache beside it: no staging folder left.
void only_out_and_cache(const TempDir& dir) {
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        INFO(entry.path());
        CHECK((entry.path().filename() == "out" || entry.path().filename() == "cache"));
    }
}

ino_t inode_of(const fs::path& path) {
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    return st.st_ino;
}

}  // namespace

TEST_CASE("pages written as they are rendered are published with the rest of the site") {
    TempDir dir;
    Diagnostics diags;
    std::string kept = dir / "cache/previous-site";
    REQUIRE(write_site({{"index.html", "old"}, {"gone/index.html", "withdrawn"}}, dir / "out", diags, {}, kept));
    REQUIRE(write_site({{"index.html", "one"}}, dir / "out", diags, {}, kept));
    SiteWriter writer(dir / "out", kept);
    writer.expect_pages({"index.html", "a/index.html"});
    writer.write_page({"index.html", "home"});
    writer.write_page({"a/index.html", "page a"});
    REQUIRE(writer.publish({streamed("a/index.html"), {"data.csv", "x,y\n"}, streamed("index.html")}, diags));
    CHECK(read_tree(dir / "out") == Files{{"index.html", "home"}, {"a/index.html", "page a"}, {"data.csv", "x,y\n"}});
    CHECK(writer.pages_written() == 2);
    CHECK_FALSE(diags.has_errors());
    only_out_and_cache(dir);
}

TEST_CASE("a build that stops after pages were streamed leaves the published site exactly as it was") {
    TempDir dir;
    Diagnostics diags;
    std::string kept = dir / "cache/previous-site";
    REQUIRE(write_site({{"index.html", "one"}}, dir / "out", diags, {}, kept));
    REQUIRE(write_site({{"index.html", "two"}, {"b/index.html", "b"}}, dir / "out", diags, {}, kept));
    {
        SiteWriter writer(dir / "out", kept);
        writer.expect_pages({"index.html"});
        writer.write_page({"index.html", "three"});
        // An error later in the build: publish is never called.
    }
    CHECK(read_tree(dir / "out") == Files{{"index.html", "two"}, {"b/index.html", "b"}});
    CHECK(fs::is_directory(kept));  // back in the cache for the next build
    only_out_and_cache(dir);
    {
        SiteWriter writer(dir / "out", kept);
        writer.expect_pages({"index.html"});
        writer.write_page({"index.html", "four"});
        auto refuse = [](const std::string&) { return false; };
        CHECK_FALSE(writer.publish({streamed("index.html")}, diags, refuse));
    }
    CHECK(read_tree(dir / "out") == Files{{"index.html", "two"}, {"b/index.html", "b"}});
    only_out_and_cache(dir);
}

TEST_CASE("a streamed page that could not be written fails the publish and keeps the published site") {
    TempDir dir;
    Diagnostics diags;
    REQUIRE(write_site({{"index.html", "one"}}, dir / "out", diags));
    SiteWriter writer(dir / "out");
    writer.expect_pages({"index.html"});
    writer.write_page({"index.html", "two"});
    writer.write_page({"unexpected/index.html", "not cleared for writing"});
    CHECK_FALSE(writer.publish({streamed("index.html"), streamed("unexpected/index.html")}, diags));
    REQUIRE(diags.has_errors());
    CHECK(format_diagnostic(diags.sorted()[0]).find("could not write unexpected/index.html") != std::string::npos);
    CHECK(read_tree(dir / "out") == Files{{"index.html", "one"}});
}

TEST_CASE("a streamed page is never written through a link or over a file the kept site holds in its way") {
    TempDir dir;
    Diagnostics diags;
    std::string kept = dir / "cache/previous-site";
    write_files(dir / "elsewhere", {{"index.html", "not the site's"}});
    write_files(kept, {{"index.html", "old"}, {"b", "a file where a folder must go"}});
    fs::create_directory_symlink(dir / "elsewhere", fs::path(kept) / "a");
    SiteWriter writer(dir / "out", kept);
    writer.expect_pages({"a/index.html", "b/index.html"});
    writer.write_page({"a/index.html", "page a"});
    writer.write_page({"b/index.html", "page b"});
    REQUIRE(writer.publish({streamed("a/index.html"), streamed("b/index.html")}, diags));
    CHECK(read_tree(dir / "out") == Files{{"a/index.html", "page a"}, {"b/index.html", "page b"}});
    CHECK(read_tree(dir / "elsewhere") == Files{{"index.html", "not the site's"}});
    CHECK_FALSE(fs::is_symlink(dir / "out/a"));
}

TEST_CASE("a page expected but never rendered is not published from the kept site") {
    TempDir dir;
    Diagnostics diags;
    std::string kept = dir / "cache/previous-site";
    REQUIRE(write_site({{"index.html", "one"}, {"old/index.html", "withdrawn"}}, dir / "out", diags, {}, kept));
    REQUIRE(write_site({{"index.html", "two"}, {"old/index.html", "withdrawn"}}, dir / "out", diags, {}, kept));
    SiteWriter writer(dir / "out", kept);
    writer.expect_pages({"index.html", "old/index.html"});
    writer.write_page({"index.html", "three"});
    REQUIRE(writer.publish({streamed("index.html")}, diags));
    CHECK(read_tree(dir / "out") == Files{{"index.html", "three"}});
    CHECK_FALSE(fs::exists(dir / "out/old"));
}

// Stylesheets, downloads and charts are mostly the same from one build to
// the next: kept in place, not deleted and created again (the slow part of
// writing a site on ext4), while what the new site lacks still goes.
TEST_CASE("files besides the pages that the kept site holds unchanged are not written again") {
    TempDir dir;
    Diagnostics diags;
    std::string kept = dir / "cache/previous-site";
    std::vector<OutputFile> first{{"index.html", "home"},
                                  {"assets/main.css", "body{}"},
                                  {"data/figures.csv", "x\n1\n"},
                                  {"data/old.csv", "withdrawn"},
                                  {"gone/notes.txt", "withdrawn"}};
    REQUIRE(write_site(first, dir / "out", diags, {}, kept));
    REQUIRE(write_site(first, dir / "out", diags, {}, kept));  // the first site is now the kept one
    ino_t css = inode_of(fs::path(kept) / "assets/main.css");
    SiteWriter writer(dir / "out", kept);
    writer.expect_pages({"index.html"});
    writer.write_page({"index.html", "home"});
    REQUIRE(
        writer.publish({streamed("index.html"), {"assets/main.css", "body{}"}, {"data/figures.csv", "x\n2\n"}}, diags));
    CHECK(read_tree(dir / "out") ==
          Files{{"index.html", "home"}, {"assets/main.css", "body{}"}, {"data/figures.csv", "x\n2\n"}});
    CHECK(inode_of(dir / "out/assets/main.css") == css);
    CHECK_FALSE(fs::exists(dir / "out/gone"));
    CHECK_FALSE(diags.has_errors());
}

TEST_CASE("a file besides the pages is never written through a link the kept site holds") {
    TempDir dir;
    Diagnostics diags;
    std::string kept = dir / "cache/previous-site";
    write_files(dir / "elsewhere", {{"main.css", "not the site's"}});
    write_files(kept, {{"index.html", "old"}, {"assets/fonts/readme.txt", "old"}});
    fs::create_symlink(dir / "elsewhere/main.css", fs::path(kept) / "assets/main.css");
    fs::create_directory_symlink(dir / "elsewhere", fs::path(kept) / "assets/fonts/more");
    SiteWriter writer(dir / "out", kept);
    writer.expect_pages({"index.html"});
    writer.write_page({"index.html", "home"});
    REQUIRE(writer.publish({streamed("index.html"), {"assets/main.css", "body{}"}, {"assets/fonts/more/a.txt", "a"}},
                           diags));
    CHECK(read_tree(dir / "out") ==
          Files{{"index.html", "home"}, {"assets/main.css", "body{}"}, {"assets/fonts/more/a.txt", "a"}});
    CHECK(read_tree(dir / "elsewhere") == Files{{"main.css", "not the site's"}});
    CHECK_FALSE(fs::is_symlink(dir / "out/assets/main.css"));
    CHECK_FALSE(fs::is_symlink(dir / "out/assets/fonts/more"));
}
