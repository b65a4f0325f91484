#include "search/search_index.hpp"

#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <regex>
#include <vector>

#include "io/run_program.hpp"

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
    ProgramRun r = run_program({options.node, script, "--site", site_dir, "--output-path", index_dir.string()});
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
