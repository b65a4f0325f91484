// candour reads only regular files inside the site and theme folders, never
// writes where it reads, and cleans up after builds that were killed.
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "support/child_process.hpp"
#include "support/site_fixture.hpp"

using namespace candour::testing;
namespace fs = std::filesystem;

namespace {

const std::string link_hint =
    "candour reads only regular files inside the site and theme folders: put a copy of the file here instead, or "
    "remove this one";

std::vector<std::string> problem_lines(const std::string& err) {
    std::vector<std::string> out;
    for (const auto& line : lines_of(err)) {
        if (line.find(": error: ") != std::string::npos || line.rfind("  hint: ", 0) == 0) out.push_back(line);
    }
    return out;
}

// Something outside the site that must never be published.
std::string secret_file(const TempDir& dir) {
    std::string path = dir / "outside/secret.txt";
    write_files(dir.path(), {{"outside/secret.txt", "root:x:0:0:the secret outside the site\n"}});
    return path;
}

}  // namespace

TEST_CASE("a link in the theme's assets to a file outside the site is an error, and nothing of it is published") {
    TempDir dir;
    // A deep source folder: a path worked out through the link once climbed out of the output folder.
    std::string source = dir / "a/b/c/d/e/site";
    write_files(source, minimal_site());
    fs::create_directories(source + "/templates/overrides/assets");
    fs::create_symlink(secret_file(dir), source + "/templates/overrides/assets/passwd");
    const Files everything = read_tree(dir.path());
    auto r = run_candour({"build", "--source", source, "--output", dir / "out"});
    CHECK(r.exit_code == 1);
    CHECK(problem_lines(r.err) ==
          std::vector<std::string>{"templates/overrides/assets/passwd:1:1: error: candour will not read this: it is a "
                                   "link to " +
                                       dir / "outside/secret.txt" + ", outside the folder",
                                   "  hint: " + link_hint});
    CHECK(read_tree(dir.path()) == everything);  // nothing written anywhere
}

TEST_CASE("a page that is a link out of the site, a link to a folder, a broken link or loop and a pipe are errors") {
    TempDir dir;
    std::string source = dir / "site";
    write_files(source, minimal_site());
    fs::create_symlink(secret_file(dir), source + "/content/secret.md");
    fs::create_symlink(dir / "outside", source + "/content/elsewhere");
    fs::create_symlink(source + "/content/gone.md", source + "/content/broken.md");
    fs::create_symlink("loop-b.md", source + "/content/loop-a.md");  // each leads to the other
    fs::create_symlink("loop-a.md", source + "/content/loop-b.md");
    REQUIRE(::mkfifo((source + "/content/pipe.md").c_str(), 0600) == 0);  // reading it would wait for ever
    auto r = run_candour({"check", "--source", source});
    CHECK(r.exit_code == 1);
    CHECK(problem_lines(r.err) ==
          std::vector<std::string>{
              "content/broken.md:1:1: error: candour will not read this: it is a link to " + source +
                  "/content/gone.md, which leads nowhere",
              "  hint: " + link_hint,
              "content/elsewhere:1:1: error: candour will not read this: it is a link to " + dir / "outside" +
                  ", outside the folder",
              "  hint: " + link_hint,
              "content/loop-a.md:1:1: error: candour will not read this: it is a link to loop-b.md, which leads "
              "nowhere",
              "  hint: " + link_hint,
              "content/loop-b.md:1:1: error: candour will not read this: it is a link to loop-a.md, which leads "
              "nowhere",
              "  hint: " + link_hint,
              "content/pipe.md:1:1: error: candour will not read this: it is not a regular file (a pipe, socket or "
              "device)",
              "  hint: " + link_hint,
              "content/secret.md:1:1: error: candour will not read this: it is a link to " +
                  dir / "outside/secret.txt" + ", outside the folder",
              "  hint: " + link_hint});
}

TEST_CASE("a link to a folder inside the site is not followed, and site.yaml linked from outside is refused") {
    TempDir dir;
    std::string source = dir / "site";
    write_files(source, minimal_site());
    fs::create_symlink(source + "/content/reports", source + "/content/archive");
    fs::rename(source + "/site.yaml", dir / "outside.yaml");
    fs::create_symlink(dir / "outside.yaml", source + "/site.yaml");
    auto r = run_candour({"check", "--source", source});
    CHECK(r.exit_code == 1);
    std::vector<std::string> lines = problem_lines(r.err);
    CHECK(lines.front() == "content/archive:1:1: error: candour will not read this: it is a link to the folder " +
                               source + "/content/reports");
    CHECK(std::find(lines.begin(), lines.end(),
                    "site.yaml:1:1: error: candour will not read this: it is a link to " + dir / "outside.yaml" +
                        ", outside the folder") != lines.end());
}

TEST_CASE("a link to a file inside the site is read like the file") {
    TempDir dir;
    std::string source = dir / "site";
    write_files(source, minimal_site());
    write_files(source, {{"shared/summary.md", "---\ntitle: Shared summary\n---\nWritten once.\n"}});
    fs::create_symlink("../../shared/summary.md", source + "/content/reports/summary.md");
    auto r = run_candour({"build", "--source", source, "--output", dir / "out"});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(read_tree(dir / "out")["reports/summary/index.html"].find("Written once.") != std::string::npos);
}

TEST_CASE("the output folder may not be the source or inside a folder candour reads") {
    TempDir dir;
    std::string source = dir / "site";
    write_files(source, minimal_site());
    REQUIRE(run_candour({"build", "--source", source}).exit_code == 0);
    const Files before = read_tree(source);
    struct Refused {
        std::string output;
        std::string message;
    };
    std::vector<Refused> refused = {
        {source, "candour: the output folder " + source + " contains the site's source; choose a folder such as " +
                     source + "/site"},
        {source + "/content/site", "candour: the output folder " + source +
                                       "/content/site is inside the site's content/ folder, which candour reads; "
                                       "choose a folder such as " +
                                       source + "/site"},
        {source + "/data", "candour: the output folder " + source +
                               "/data is inside the site's data/ folder, which candour reads; choose a folder such "
                               "as " +
                               source + "/site"},
        {source + "/templates/overrides/assets/site",
         "candour: the output folder " + source +
             "/templates/overrides/assets/site is inside the site's templates/ folder, which candour reads; choose "
             "a folder such as " +
             source + "/site"},
    };
    for (const auto& [output, message] : refused) {
        INFO(output);
        auto r = run_candour({"build", "--source", source, "--output", output});
        CHECK(r.exit_code == 2);
        CHECK(lines_of(r.err) == std::vector<std::string>{message});
    }
    auto themes = run_candour(
        {"build", "--source", source, "--output", std::string(CANDOUR_SOURCE_DIR) + "/templates/default/assets/site"});
    CHECK(themes.exit_code == 2);
    CHECK(themes.err.find("is inside the themes folder") != std::string::npos);
    CHECK(read_tree(source) == before);
}

TEST_CASE("staging folders of killed builds are removed, and those of live builds kept") {
    TempDir dir;
    std::string source = dir / "site";
    write_files(source, minimal_site());
    // A build that was killed: its process is gone.
    ChildProcess gone({"/bin/true"});
    pid_t gone_pid = gone.pid();
    REQUIRE(gone.wait_for_exit(std::chrono::seconds(5)) == 0);
    std::string abandoned = dir / (".out.new-" + std::to_string(gone_pid));
    write_files(abandoned, {{"index.html", "half a site"}});
    // A build still running, in a process that is alive.
    ChildProcess running({"/bin/sleep", "30"});
    std::string live = dir / (".out.new-" + std::to_string(running.pid()));
    write_files(live, {{"index.html", "being written"}});
    // A process that looks gone but holds the lock (as one in another PID namespace would).
    std::string locked = dir / ".out.new-999999999";
    write_files(locked, {{"index.html", "locked"}});
    int fd = ::open(locked.c_str(), O_RDONLY | O_DIRECTORY);
    REQUIRE(::flock(fd, LOCK_EX) == 0);
    // Not a staging folder at all.
    write_files(dir / ".out.new-notes", {{"x", "keep"}});

    auto r = run_candour({"build", "--source", source, "--output", dir / "out"});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK_FALSE(fs::exists(abandoned));
    CHECK(fs::exists(live));
    CHECK(fs::exists(locked));
    CHECK(fs::exists(dir / ".out.new-notes"));
    CHECK(read_tree(dir / "out").count("index.html"));
    ::close(fd);
}
