#pragma once
// Where candour finds what it runs with besides its own program: the
// installed themes, the chart renderer, the PDF printer and the npm packages
// they use (docs/install.md). No path of the machine that built candour is
// compiled in, so the same program works from the build folder, from an
// installed prefix and from the Debian package, wherever they were moved.
#include <filesystem>
#include <string>
#include <vector>

namespace candour {

struct DataDirSearch {
    std::string found;               // empty: no data folder
    std::vector<std::string> tried;  // every folder looked in, in order
    bool from_environment = false;   // CANDOUR_DATA_DIR named the only folder looked in
};

// The data folder for a program at `exe`: `env_value` (CANDOUR_DATA_DIR)
// when given, and nothing else; otherwise <exe's folder>/../share/candour
// (an installed prefix), then <exe's folder>/share/candour (the build
// folder). A folder counts when it holds the default theme.
DataDirSearch find_data_dir(const char* env_value, const std::filesystem::path& exe);

// The search for this process (CANDOUR_DATA_DIR and /proc/self/exe), made
// once, on first use.
const DataDirSearch& data_dir_search();

// `sub` ("themes", "charts") inside this process's data folder; empty when
// there is none (the command line reports that before anything runs).
std::string data_path(const std::string& sub);

// What to print when `search` found nothing: the folders looked in and how
// to put it right, as "candour: error: ...\n  hint: ...\n".
std::string data_dir_problem(const DataDirSearch& search);

}  // namespace candour
