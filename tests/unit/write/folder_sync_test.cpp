#include "write/folder_sync.hpp"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "support/site_fixture.hpp"
#include "write/write.hpp"

using namespace candour;
using namespace candour::testing;
namespace fs = std::filesystem;

namespace {

ino_t inode_of(const fs::path& path) {
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    return st.st_ino;
}

}  // namespace

TEST_CASE("sync_folder leaves exactly the site: withdrawn pages, stray folders and links go") {
    TempDir dir;
    write_files(dir / "kept", {{"index.html", "old home"},
                               {"withdrawn/index.html", "a page no longer published"},
                               {"reports/q1/index.html", "same"},
                               {"reports/q1/extra.txt", "stray"},
                               {"reports/q2", "a file where a folder is needed"}});
    fs::create_directory_symlink("/etc", fs::path(dir / "kept") / "assets");
    FolderSync sync = sync_folder(dir / "kept", {{"index.html", "new home"},
                                                 {"reports/q1/index.html", "same"},
                                                 {"reports/q2/index.html", "new report"},
                                                 {"assets/site.css", "body{}"}});
    REQUIRE(sync.ok);
    CHECK(read_tree(dir / "kept") == Files{{"index.html", "new home"},
                                           {"reports/q1/index.html", "same"},
                                           {"reports/q2/index.html", "new report"},
                                           {"assets/site.css", "body{}"}});
    CHECK_FALSE(fs::is_symlink(fs::path(dir / "kept") / "assets"));
    CHECK(fs::exists("/etc/passwd"));  // the link was removed, not followed
    CHECK(sync.unchanged == 1);
    CHECK(sync.written == 3);
    CHECK(sync.removed == 4);  // withdrawn/, extra.txt, the file reports/q2, the link
}

TEST_CASE("sync_folder does not rewrite a file that already holds the right bytes") {
    TempDir dir;
    write_files(dir / "kept", {{"same.html", "unchanged"}, {"longer.html", "abc"}, {"equal-size.html", "abc"}});
    ino_t before = inode_of(fs::path(dir / "kept") / "same.html");
    fs::last_write_time(fs::path(dir / "kept") / "same.html", fs::file_time_type{});
    FolderSync sync =
        sync_folder(dir / "kept", {{"same.html", "unchanged"}, {"longer.html", "abcd"}, {"equal-size.html", "xyz"}});
    REQUIRE(sync.ok);
    CHECK(fs::last_write_time(fs::path(dir / "kept") / "same.html") == fs::file_time_type{});
    CHECK(inode_of(fs::path(dir / "kept") / "same.html") == before);
    CHECK(sync.unchanged == 1);
    CHECK(read_tree(dir / "kept") ==
          Files{{"same.html", "unchanged"}, {"longer.html", "abcd"}, {"equal-size.html", "xyz"}});
}

TEST_CASE("write_site keeps the replaced site in the cache and writes the next site over it") {
    TempDir dir;
    Diagnostics diags;
    std::string kept = dir / "cache/previous-site";
    REQUIRE(write_site({{"index.html", "one"}, {"old/index.html", "withdrawn later"}}, dir / "out", diags, {}, kept));
    CHECK_FALSE(fs::exists(kept));  // nothing was replaced yet
    REQUIRE(write_site({{"index.html", "two"}}, dir / "out", diags, {}, kept));
    CHECK(read_tree(dir / "out") == Files{{"index.html", "two"}});
    // The replaced site waits in the cache, never beside the published one.
    CHECK(read_tree(kept) == Files{{"index.html", "one"}, {"old/index.html", "withdrawn later"}});
    REQUIRE(write_site({{"index.html", "three"}}, dir / "out", diags, {}, kept));
    CHECK(read_tree(dir / "out") == Files{{"index.html", "three"}});
    CHECK(read_tree(kept) == Files{{"index.html", "two"}});
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        INFO(entry.path());
        CHECK((entry.path().filename() == "out" || entry.path().filename() == "cache"));
    }
    CHECK_FALSE(diags.has_errors());
}

TEST_CASE("a build that fails after taking the kept site leaves the published site and puts the kept one back") {
    TempDir dir;
    Diagnostics diags;
    std::string kept = dir / "cache/previous-site";
    REQUIRE(write_site({{"index.html", "one"}}, dir / "out", diags, {}, kept));
    REQUIRE(write_site({{"index.html", "two"}}, dir / "out", diags, {}, kept));
    auto refuse = [](const std::string&) { return false; };
    CHECK_FALSE(write_site({{"index.html", "three"}}, dir / "out", diags, refuse, kept));
    CHECK(read_tree(dir / "out") == Files{{"index.html", "two"}});
    CHECK(fs::is_directory(kept));
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        INFO(entry.path());
        CHECK((entry.path().filename() == "out" || entry.path().filename() == "cache"));
    }
}
