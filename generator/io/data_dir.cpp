#include "io/data_dir.hpp"

#include <fmt/format.h>

#include <cstdlib>

namespace candour {

namespace fs = std::filesystem;

namespace {

// The default theme is what every site falls back on (its layouts and its
// messages), so a folder without it cannot be candour's data.
bool holds_candour_data(const fs::path& dir) {
    std::error_code ec;
    return fs::is_directory(dir / "themes" / "default", ec);
}

std::string joined(const std::vector<std::string>& folders) {
    if (folders.empty()) return "no folder, as /proc/self/exe (which names this program) could not be read";
    std::string text;
    for (std::size_t i = 0; i < folders.size(); ++i) {
        if (i > 0) text += i + 1 == folders.size() ? " and " : ", ";
        text += folders[i];
    }
    return text;
}

}  // namespace

DataDirSearch find_data_dir(const char* env_value, const fs::path& exe) {
    DataDirSearch search;
    std::vector<fs::path> candidates;
    if (env_value && *env_value) {
        // Named on purpose: falling back to another folder would hide the mistake.
        search.from_environment = true;
        candidates.push_back(fs::absolute(env_value));
    } else if (!exe.empty()) {
        fs::path bin = exe.parent_path();
        candidates.push_back(bin / ".." / "share" / "candour");
        candidates.push_back(bin / "share" / "candour");
    }
    for (const auto& candidate : candidates) {
        fs::path dir = candidate.lexically_normal();
        search.tried.push_back(dir.string());
        if (holds_candour_data(dir)) {
            search.found = dir.string();
            break;
        }
    }
    return search;
}

const DataDirSearch& data_dir_search() {
    static const DataDirSearch search = [] {
        std::error_code ec;
        fs::path exe = fs::read_symlink("/proc/self/exe", ec);
        return find_data_dir(std::getenv("CANDOUR_DATA_DIR"), exe);
    }();
    return search;
}

std::string data_path(const std::string& sub) {
    const DataDirSearch& search = data_dir_search();
    if (search.found.empty()) return {};
    return (fs::path(search.found) / sub).string();
}

std::string data_dir_problem(const DataDirSearch& search) {
    if (search.from_environment) {
        return fmt::format(
            "candour: error: CANDOUR_DATA_DIR is {}, which holds no candour data (no themes/default in it)\n"
            "  hint: set CANDOUR_DATA_DIR to the share/candour folder of an installed candour, or unset it to use "
            "the one installed with this program (docs/install.md)\n",
            search.tried.front());
    }
    return fmt::format(
        "candour: error: cannot find candour's data (its themes, chart renderer and PDF printer); looked in {}\n"
        "  hint: install candour with 'cmake --install' or its Debian package, which put the data in "
        "share/candour beside bin/, or set CANDOUR_DATA_DIR to that folder (docs/install.md)\n",
        joined(search.tried));
}

}  // namespace candour
