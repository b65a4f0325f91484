#include "support/site_fixture.hpp"

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/cli.hpp"

namespace fs = std::filesystem;

namespace candour::testing {

TempDir::TempDir() {
    static std::atomic<int> counter{0};
    fs::path p =
        fs::temp_directory_path() / ("candour-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(p);
    fs::create_directories(p);
    path_ = p.string();
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
}

void write_files(const std::string& root, const Files& files) {
    for (const auto& [path, bytes] : files) {
        fs::path full = fs::path(root) / path;
        fs::create_directories(full.parent_path());
        std::ofstream(full, std::ios::binary) << bytes;
    }
}

Files read_tree(const std::string& root) {
    Files files;
    if (!fs::exists(root)) return files;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        if (!entry.is_regular_file()) continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        files[fs::relative(entry.path(), root).generic_string()] = ss.str();
    }
    return files;
}

Files sample_sources(const std::string& source, const std::vector<std::string>& parts) {
    Files site;
    std::ifstream config(source + "/site.yaml", std::ios::binary);
    std::ostringstream text;
    text << config.rdbuf();
    site["site.yaml"] = text.str();
    for (const auto& part : parts) {
        for (auto& [path, bytes] : read_tree(source + "/" + part)) site[part + "/" + path] = std::move(bytes);
    }
    return site;
}

Files snapshot_tree(const std::string& root) {
    Files entries;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        std::string path = fs::relative(entry.path(), root).generic_string();
        if (entry.is_symlink()) {
            entries[path] = "link " + fs::read_symlink(entry.path()).string();
        } else if (entry.is_directory()) {
            entries[path] = "folder";
        } else if (entry.is_regular_file()) {
            std::ifstream in(entry.path(), std::ios::binary);
            std::ostringstream bytes;
            bytes << in.rdbuf();
            entries[path] = "file " + bytes.str();
        } else {
            entries[path] = "other";
        }
    }
    return entries;
}

RunResult run_candour(const std::vector<std::string>& args) {
    std::vector<const char*> argv{"candour"};
    for (const auto& a : args) argv.push_back(a.c_str());
    std::ostringstream out, err;
    RunResult r;
    r.exit_code = run_cli(static_cast<int>(argv.size()), argv.data(), out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::vector<std::string> error_lines(const std::string& err) {
    std::vector<std::string> out;
    for (const auto& line : lines_of(err)) {
        if (line.find(": error: ") != std::string::npos) out.push_back(line);
    }
    return out;
}

std::vector<std::string> warning_lines(const std::string& err) {
    std::vector<std::string> out;
    for (const auto& line : lines_of(err)) {
        if (line.find(": warning: ") != std::string::npos && line.find(": warning: chart: ") == std::string::npos)
            out.push_back(line);
    }
    return out;
}

bool starts_with_each(const std::vector<std::string>& actual, const std::vector<std::string>& prefixes) {
    if (actual.size() != prefixes.size()) return false;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        if (actual[i].rfind(prefixes[i], 0) != 0) return false;
    }
    return true;
}

Files minimal_site() {
    return {
        {"site.yaml",
         "title: Test report\n"
         "organisation: Test OPCC\n"
         "base_url: https://example.org/rasso/\n"
         "navigation:\n"
         "  - title: Reports\n"
         "    url: reports/_index.md\n"},
        {"content/_index.md", "---\ntitle: Home\n---\nWelcome. See [the reports](reports/_index.md).\n"},
        {"content/reports/_index.md", "---\ntitle: Reports\n---\nAll reports.\n"},
        {"content/reports/q1.md",
         "---\ntitle: Q1 report\ndate: 2024-08-15\n---\n## Summary\n\nBack to [reports](_index.md).\n"},
    };
}

}  // namespace candour::testing
