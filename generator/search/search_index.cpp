#include "search/search_index.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <regex>
#include <vector>

extern char** environ;

namespace fs = std::filesystem;

namespace candour {

namespace {

std::string install_hint(const std::string& pagefind_dir) {
    return fmt::format(
        "the site was published without search; its search page says so and links to the A to Z. To build the "
        "index, run scripts/install-deps.sh (on Debian: 'apt-get install nodejs npm', then 'npm ci' in {})",
        pagefind_dir);
}

// Pagefind's own files it writes beside the index for its ready-made
// interfaces. The site uses its JavaScript API only (their inline styles
// would break the pages' Content-Security-Policy), so they are not published.
bool is_unused_interface(const std::string& name) {
    return name.starts_with("pagefind-ui.") || name.starts_with("pagefind-modular-ui.") ||
           name.starts_with("pagefind-component-ui.") || name == "pagefind-highlight.js";
}

struct Run {
    int exit_code = -1;
    std::string output;  // stdout and stderr together
    std::string error;   // why it could not start
};

// Runs `argv` with its output in an unlinked temporary file, and waits.
Run run(const std::vector<std::string>& args) {
    Run r;
    char path[] = "/tmp/candour-pagefind-XXXXXX";
    int out = ::mkostemp(path, O_CLOEXEC);
    if (out < 0) {
        r.error = std::strerror(errno);
        return r;
    }
    ::unlink(path);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out, 1);
    posix_spawn_file_actions_adddup2(&actions, out, 2);
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = -1;
    int rc = ::posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        ::close(out);
        r.error = rc == ENOENT ? fmt::format("'{}' was not found", args[0]) : std::strerror(rc);
        return r;
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    off_t size = ::lseek(out, 0, SEEK_END);
    r.output.resize(static_cast<std::size_t>(std::max<off_t>(size, 0)));
    ssize_t n = ::pread(out, r.output.data(), r.output.size(), 0);
    r.output.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
    ::close(out);
    return r;
}

std::string last_lines(const std::string& text, std::size_t count) {
    std::size_t end = text.find_last_not_of(" \n");
    if (end == std::string::npos) return "(nothing)";
    std::size_t start = end + 1;
    for (std::size_t i = 0; i < count && start > 0; ++i) {
        std::size_t nl = text.rfind('\n', start - 1);
        start = nl == std::string::npos ? 0 : nl;
    }
    std::string tail = text.substr(start, end + 1 - start);
    while (!tail.empty() && tail.front() == '\n') tail.erase(0, 1);
    return tail;
}

}  // namespace

std::string pagefind_script(const std::string& pagefind_dir) {
    return (fs::path(pagefind_dir) / "node_modules/pagefind/lib/runner/bin.cjs").string();
}

bool build_search_index(const std::string& site_dir, const SearchOptions& options, const std::string& report_as,
                        Diagnostics& diags, SearchStats* stats) {
    SourcePos at{report_as, 1, 1};
    std::string script = pagefind_script(options.pagefind_dir);
    if (!fs::is_regular_file(script)) {
        diags.warning(at,
                      fmt::format("the search index was not built: Pagefind is not installed ({} is missing)", script),
                      install_hint(options.pagefind_dir));
        return false;
    }
    auto started = std::chrono::steady_clock::now();
    fs::path index_dir = fs::path(site_dir) / "pagefind";
    Run r = run({options.node, script, "--site", site_dir, "--output-path", index_dir.string()});
    std::error_code ec;
    if (!r.error.empty()) {
        diags.warning(at,
                      fmt::format("the search index was not built: Node.js is needed to run Pagefind, but {}", r.error),
                      install_hint(options.pagefind_dir));
        return false;
    }
    if (r.exit_code != 0) {
        fs::remove_all(index_dir, ec);
        diags.warning(at,
                      fmt::format("the search index was not built: Pagefind stopped with exit code {}", r.exit_code),
                      "its last words: " + last_lines(r.output, 3));
        return false;
    }
    for (const auto& entry : fs::directory_iterator(index_dir, ec)) {
        if (entry.is_regular_file() && is_unused_interface(entry.path().filename().string())) fs::remove(entry, ec);
    }
    if (stats) {
        stats->built = true;
        std::smatch m;
        if (std::regex_search(r.output, m, std::regex(R"(Indexed (\d+) pages?)"))) stats->pages = std::stoi(m[1]);
        stats->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    }
    return true;
}

}  // namespace candour
