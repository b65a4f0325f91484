#pragma once
// Helpers for tests that build whole small sites, Hugo-style: the test
// writes every file of the site inline, runs candour as the user would (the
// same run_cli that main calls) and looks at what came out.
#include <map>
#include <string>
#include <vector>

namespace candour::testing {

// A fresh folder under the system temp folder, removed at scope exit.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return path_; }
    std::string operator/(const std::string& rel) const { return path_ + "/" + rel; }

private:
    std::string path_;
};

using Files = std::map<std::string, std::string>;

void write_files(const std::string& root, const Files& files);

// Every regular file below `root`, path -> bytes.
Files read_tree(const std::string& root);

// The sample site's own files in the repository at `source` (tests pass
// CANDOUR_SOURCE_DIR): site.yaml and the folders named in `parts`, by their
// relative paths. Only these are read, never the whole repository, where
// other tests and builds make and remove files while it is read.
Files sample_sources(const std::string& source,
                     const std::vector<std::string>& parts = {"content", "data", "templates", "static"});

// Everything below `root`, to show that a command wrote nothing there:
// files (path -> "file " + bytes), folders ("folder", so an empty one
// counts), links ("link " + target) and anything else ("other").
Files snapshot_tree(const std::string& root);

struct RunResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

RunResult run_candour(const std::vector<std::string>& args);

// The lines of `text`, without the newline characters.
std::vector<std::string> lines_of(const std::string& text);

// The "file:line:col: error: message" lines of what candour printed, in order.
std::vector<std::string> error_lines(const std::string& err);

// The "file:line:col: warning: message" lines, leaving out the chart
// renderer's own ("warning: chart: ..."), which a fixture whose breakdown
// is all [c] gives on a first, uncached drawing.
std::vector<std::string> warning_lines(const std::string& err);

// Whether there are as many lines as prefixes, each starting with its own.
bool starts_with_each(const std::vector<std::string>& actual, const std::vector<std::string>& prefixes);

// A minimal valid site that uses the installed default theme.
Files minimal_site();

}  // namespace candour::testing
